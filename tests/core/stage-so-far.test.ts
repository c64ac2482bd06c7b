import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { stageSoFar } from '../../src/core/stage-so-far';
import type { Questionnaire } from '../../src/core/types';

// The guess the widget loads a stage's texts by while the person answers (src/core/stage-so-far.ts).
// Expected stages come from the questionnaires' rules and bands, read by hand.

function load(name: string): Questionnaire {
  const path = fileURLToPath(new URL(`../../questionnaire/${name}.json`, import.meta.url));
  const result = parseQuestionnaire(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.questionnaire;
}

describe('stageSoFar', () => {
  const quick = load('quick');

  it('quick: no stage before the staging question is answered', () => {
    expect(stageSoFar(quick, {})).toBeUndefined();
    expect(stageSoFar(quick, { change: 'drinking' })).toBeUndefined();
  });

  it.each([
    ['not-in-6-months', 'precontemplation'],
    ['within-6-months', 'contemplation'],
    ['within-30-days', 'preparation'],
    ['doing-under-6-months', 'action'],
    ['doing-over-6-months', 'maintenance'],
  ])('quick: the staging answer %s decides %s before the rulers are answered', (answer, stage) => {
    expect(stageSoFar(quick, { change: 'drinking', stage: answer })).toBe(stage);
  });

  it('urica-template: bands over scale means decide nothing while a scale still misses answers', () => {
    const urica = load('urica-template');
    const first = urica.items[0]!;
    expect(stageSoFar(urica, {})).toBeUndefined();
    expect(stageSoFar(urica, { [first.id]: 3 })).toBeUndefined();
  });

  it('an unvalidated questionnaire that cannot be scored gives no guess instead of throwing', () => {
    const broken = { ...quick, scoring: { stage: null } } as unknown as Questionnaire;
    expect(stageSoFar(broken, { stage: 'within-30-days' })).toBeUndefined();
  });
});
