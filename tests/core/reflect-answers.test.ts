import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { selectGuidance } from '../../src/core/select-guidance';
import type { Problem, Questionnaire } from '../../src/core/types';
import type { Json } from './parse-fixtures';
import { reflectingQuestionnaire } from './reflect-fixtures';

function parsed(): Questionnaire {
  const result = parseQuestionnaire(reflectingQuestionnaire());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

function problemsOf(mutate: (q: Json) => void): readonly Problem[] {
  const q = reflectingQuestionnaire();
  mutate(q);
  const result = parseQuestionnaire(q);
  if (result.ok) throw new Error('expected problems, but the questionnaire was accepted');
  return result.problems;
}

test('the fixture with placeholders, phrases, free text, blocks and {higher} is valid', () => {
  expect(parseQuestionnaire(reflectingQuestionnaire())).toMatchObject({ ok: true });
});

/** One thing broken each; the exact path and a phrase of the message. */
const cases: [name: string, mutate: (q: Json) => void, path: string, phrase: string][] = [
  ['placeholder on an unknown item', (q) => (q.placeholders.change.item = 'chnage'), 'placeholders.change.item', "unknown item 'chnage'"],
  ['placeholder on a ruler', (q) => (q.placeholders.change.item = 'importance'), 'placeholders.change.item', "item 'importance' is a ruler item"],
  ['placeholder without a Spanish fallback', (q) => delete q.placeholders.change.fallback.es, 'placeholders.change.fallback.es', "missing Spanish ('es') translation"],
  ['placeholder with a bad name', (q) => (q.placeholders['my-change'] = q.placeholders.change), 'placeholders["my-change"]', 'is not a placeholder name'],
  ['placeholder with an unknown key', (q) => (q.placeholders.change.default = 'x'), 'placeholders.change.default', "unknown key 'default'"],
  ['undeclared placeholder in a headline', (q) => (q.guidance.contemplation.headline.es = 'Sobre {cambio}'), 'guidance.contemplation.headline.es', 'unknown placeholder {cambio}; declared placeholders: {change}'],
  ['undeclared placeholder in a help', (q) => (q.guidance.preparation.helps[0].en = 'Try {step}'), 'guidance.preparation.helps[0].en', 'unknown placeholder {step}'],
  ['phrase missing Spanish', (q) => delete q.items[6].options[0].phrase.es, 'items[6].options[0].phrase.es', "missing Spanish ('es') translation"],
  ['freeText without a label', (q) => delete q.items[6].options[2].freeText.label, 'items[6].options[2].freeText.label', "missing required field 'label'"],
  ['freeText too long', (q) => (q.items[6].options[2].freeText.maxLength = 500), 'items[6].options[2].freeText.maxLength', 'expected 1 to 120 characters'],
  ['freeText maxLength not an integer', (q) => (q.items[6].options[2].freeText.maxLength = 2.5), 'items[6].options[2].freeText.maxLength', 'expected an integer'],
  ['block condition on an unknown item', (q) => (q.guidance.action.blocks[0].when.item = 'lately'), 'guidance.action.blocks[0].when.item', "unknown item 'lately'"],
  ['block condition on an option that does not exist', (q) => (q.guidance.action.blocks[1].when = { item: 'status', equals: 'slipped' }), 'guidance.action.blocks[1].when.equals', "'slipped' is not an option of item 'status'"],
  ['block without a heading', (q) => delete q.guidance.action.blocks[0].heading, 'guidance.action.blocks[0].heading', "missing required field 'heading'"],
  ['block replacesSlipNote as a string', (q) => (q.guidance.action.blocks[0].replacesSlipNote = 'yes'), 'guidance.action.blocks[0].replacesSlipNote', 'expected a boolean'],
  ['blocks not an array', (q) => (q.guidance.maintenance.blocks = {}), 'guidance.maintenance.blocks', 'expected an array'],
  ['{higher} on a follow-up that covers the maximum', (q) => delete q.items[2].followUps[1].maxValue, 'items[2].followUps[1].text.en', '{higher} needs a number above the answer'],
];

describe('broken reflections: one problem each, at its path', () => {
  test.each(cases)('%s', (_name, mutate, path, phrase) => {
    const problems = problemsOf(mutate);
    expect(problems).toContainEqual({ path, message: expect.stringContaining(phrase) });
  });
});

describe('selectGuidance reflects the answers', () => {
  const q = parsed();
  const doing = { status: 'doing', since: 'short', a1: 4, a2: 4, a3: 2 };

  test.each([
    ['en', { change: 'walking' }, {}, 'You have started on walking more.'],
    ['es', { change: 'walking' }, {}, 'Ya empezaste con caminar más.'],
    ['en', { change: 'sleep' }, {}, 'You have started on Sleep.'],
    ['en', {}, {}, 'You have started on this change.'],
    ['es', {}, {}, 'Ya empezaste con este cambio.'],
    ['en', { change: 'other' }, { change: '  my   sleep ' }, 'You have started on “my sleep”.'],
    ['es', { change: 'other' }, { change: 'mi sueño' }, 'Ya empezaste con “mi sueño”.'],
    ['en', { change: 'other' }, {}, 'You have started on this change.'],
    // The sentence goes on after their words: their full stop or comma goes (not "“gambling online.”."),
    // and words that are only punctuation count as none.
    ['en', { change: 'other' }, { change: 'gambling online. ' }, 'You have started on “gambling online”.'],
    ['es', { change: 'other' }, { change: 'las apuestas,' }, 'Ya empezaste con “las apuestas”.'],
    ['en', { change: 'other' }, { change: ' … ' }, 'You have started on this change.'],
    // Words typed, then another option chosen: the option counts, not the words.
    ['en', { change: 'walking' }, { change: 'my sleep' }, 'You have started on walking more.'],
  ] as const)('%s %j %j → %s', (lang, extra, texts, reflection) => {
    expect(selectGuidance(q, 'action', { ...doing, ...extra }, lang, texts).reflection).toBe(reflection);
  });

  test('a matching block comes with its placeholder filled and replaces the slip note', () => {
    const g = selectGuidance(q, 'action', { ...doing, a2: 1, change: 'walking' }, 'en');
    expect(g.blocks).toEqual([{ heading: 'A step back', text: 'A step back on walking more is part of change.' }]);
    expect(g.slipNote).toBeUndefined();
  });

  test('no matching block: no blocks, and the slip note stays', () => {
    const g = selectGuidance(q, 'action', doing, 'es');
    expect(g.blocks).toEqual([]);
    expect(g.slipNote).toBe('Los tropiezos pasan.');
  });

  test('two blocks match: both, in the order written, in Spanish', () => {
    const g = selectGuidance(q, 'action', { ...doing, a2: 2, importance: 9 }, 'es');
    expect(g.blocks.map((b) => b.heading)).toEqual(['Un paso atrás', 'Te importa']);
  });

  test.each([
    [0, 'What would make it a 1?'],
    [1, 'Why 1 and not 0? What would make it 2?'],
    [6, 'Why 6 and not 3? What would make it 7?'],
    [9, 'Why 9 and not 6? What would make it 10?'],
    [10, 'Why 10 and not 7?'],
  ])('importance %i → "%s"', (value, text) => {
    expect(selectGuidance(q, 'action', { ...doing, importance: value }, 'en').rulerPrompts[0]?.text).toBe(text);
  });
});

describe('the built-ins reflect the change named and a slip reported, in English and Spanish', () => {
  const load = (name: string): Questionnaire => {
    const result = parseQuestionnaire(JSON.parse(readFileSync(`questionnaire/${name}.json`, 'utf8')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.questionnaire;
  };
  const quick = load('quick');
  const intake = load('intake');

  test.each([
    ['en', { change: 'drinking' }, {}, 'When it comes to drinking, you’ve'],
    ['es', { change: 'drinking' }, {}, 'En cuanto a tomar alcohol, ya'],
    ['en', { change: 'something-else' }, { change: 'my sleep' }, 'When it comes to “my sleep”, you’ve'],
    ['es', { change: 'something-else' }, { change: 'dormir mejor' }, 'En cuanto a “dormir mejor”, ya'],
    ['en', {}, {}, 'When it comes to this part of your life, you’ve'],
    ['es', {}, {}, 'En cuanto a esta parte de tu vida, ya'],
  ] as const)('quick, %s: %j %j → "%s…"', (lang, extra, texts, start) => {
    const g = selectGuidance(quick, 'preparation', { stage: 'within-30-days', ...extra }, lang, texts);
    expect(g.reflection.replaceAll("'", '’').startsWith(start)).toBe(true);
  });

  test.each(['action', 'maintenance'] as const)('quick, %s: a recent slip brings its block and takes the hypothetical slip note away', (stage) => {
    const stageAnswer = stage === 'action' ? 'doing-under-6-months' : 'doing-over-6-months';
    for (const lang of ['en', 'es'] as const) {
      const slipped = selectGuidance(quick, stage, { stage: stageAnswer, lately: 'recent-slip' }, lang);
      expect(slipped.blocks.map((b) => b.heading)).toEqual([lang === 'en' ? 'About the slip you mentioned' : 'Sobre el tropiezo que mencionaste']);
      expect(slipped.slipNote).toBeUndefined();
      const steady = selectGuidance(quick, stage, { stage: stageAnswer, lately: 'steady' }, lang);
      expect(steady.blocks).toEqual([]);
      expect(steady.slipNote).toBeTruthy();
    }
  });

  test('intake: agreeing that you slipped back before brings its block, in both languages', () => {
    const answers = { stage: 'doing-under-6-months', 'm-4': 5 };
    expect(selectGuidance(intake, 'action', answers, 'en').blocks[0]?.heading).toBe('About slipping back');
    expect(selectGuidance(intake, 'action', answers, 'es').blocks[0]?.heading).toBe('Sobre volver atrás');
    // The client agreed with a statement we wrote; they did not mention it in their own words.
    expect(selectGuidance(intake, 'action', answers, 'en').blocks[0]?.text).toMatch(/^You agreed that you've slipped back before/);
    expect(selectGuidance(intake, 'action', answers, 'es').blocks[0]?.text).toMatch(/^Estuviste de acuerdo en que antes volviste/);
    expect(selectGuidance(intake, 'action', { ...answers, 'm-4': 2 }, 'en').blocks).toEqual([]);
  });
});
