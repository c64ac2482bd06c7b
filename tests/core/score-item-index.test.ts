// score() reuses its id → item index between calls on the same items array, but only while the
// array holds the same item objects with the same ids: an in-place edit is never scored stale.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core/score';
import type { Item } from '../../src/core/types';
import { agree, always, questionnaire } from './score-fixtures';

describe('score: a questionnaire edited in place between calls is scored as it is now', () => {
  const setup = () => {
    const items: Item[] = [agree('a1')];
    const q = questionnaire(items, { stage: [{ type: 'rules', rules: [{ id: 'r', when: always('a1'), stage: 'action' }] }] });
    expect(score(q, { a2: 3 }).status).toBe('invalid'); // a2 does not exist yet; the index is now cached
    return { items, q };
  };

  it.each<[string, (items: Item[]) => void, Record<string, number>, 'complete' | 'invalid']>([
    ['an item pushed', (items) => items.push(agree('a2')), { a2: 3 }, 'complete'],
    ['an item replaced', (items) => (items[0] = agree('a2')), { a2: 3 }, 'complete'],
    ['the replaced item\u2019s old id is gone', (items) => (items[0] = agree('a2')), { a1: 3 }, 'invalid'],
    ['an item\u2019s id changed in place', (items) => ((items[0] as { id: string }).id = 'a2'), { a2: 3 }, 'complete'],
    ['an item removed', (items) => items.pop(), { a1: 3 }, 'invalid'],
  ])('%s', (_name, edit, answers, status) => {
    const { items, q } = setup();
    edit(items);
    expect(score(q, answers).status).toBe(status);
  });
});
