import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { joinResultTexts, resultTextsIn, splitResultTexts } from '../../src/core/result-texts';
import { initialQuizState, quizProgress, quizReducer } from '../../src/core/quiz-flow';
import { selectGuidance } from '../../src/core/select-guidance';
import { STAGES, type Questionnaire } from '../../src/core/types';

// The website script carries `quick` without what only its result reads, and its result part
// carries that (src/core/result-texts.ts). The split must lose nothing and leave the first
// screens everything they use.

function load(name: string): Questionnaire {
  const path = fileURLToPath(new URL(`../../questionnaire/${name}.json`, import.meta.url));
  const result = parseQuestionnaire(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.questionnaire;
}

describe.each(['quick', 'intake', 'urica-template'])('%s split into first screens and result texts', (name) => {
  const q = load(name);
  const { first, texts } = splitResultTexts(q);
  const { provenance: _provenance, url: _url, ...withoutProvenance } = q;

  it('joins back into the same questionnaire (provenance and url, which no screen reads, stay out)', () => {
    expect(joinResultTexts(first, texts)).toEqual(withoutProvenance);
  });

  it('first screens: no guidance, next steps, placeholders, phrases, follow-ups, provenance or url', () => {
    const json = JSON.stringify(first);
    for (const key of ['"guidance"', '"nextSteps"', '"placeholders"', '"phrase"', '"followUps"', '"provenance"', '"url"']) expect(json).not.toContain(key);
    // …and everything the intro and the questions show.
    expect(first.title).toEqual(q.title);
    expect(first.introduction).toEqual(q.introduction);
    expect(first.items.map((i) => i.id)).toEqual(q.items.map((i) => i.id));
    expect(first.scoring).toEqual(q.scoring);
  });

  it('the split leaves the questionnaire given unchanged', () => {
    expect(q).toEqual(load(name));
  });
});

describe('quick: the first screens reach a result, and the joined texts give its guidance', () => {
  it('the person answers with the split questionnaire; the result reads the joined one', () => {
    const q = load('quick');
    const { first, texts } = splitResultTexts(q);
    // Someone getting ready, who picked "drinking" (its phrase is a result text: "drinking").
    let state = quizReducer(initialQuizState(first, 'en'), { type: 'start' });
    const answers: Record<string, string | number> = {};
    for (const item of first.items) {
      if (item.type === 'choice') answers[item.id] = item.id === 'stage' ? 'within-30-days' : item.options[0]!.value;
      if (item.type === 'ruler') answers[item.id] = 7;
    }
    for (let step = 0; step < 20 && state.phase === 'question' && state.current; step++) {
      const id = state.current;
      if (answers[id] !== undefined) state = quizReducer(state, { type: 'answer', item: id, value: answers[id]! });
      state = quizReducer(state, { type: quizProgress(state).isLast ? 'finish' : 'next' });
    }
    expect(state.result?.stage).toBe('preparation');
    const guidance = selectGuidance(joinResultTexts(first, texts), 'preparation', state.answers, 'en', state.texts);
    expect(guidance).toEqual(selectGuidance(q, 'preparation', state.answers, 'en', state.texts));
    expect(guidance.reflection).toContain('drinking');
  });
});

describe('quick: the result texts in one language', () => {
  const q = load('quick');
  const { first, texts } = splitResultTexts(q);
  // Every localized text in a value, with its path (hand-written walk, not the code under test).
  const localized = (value: unknown, path = '$'): { path: string; keys: string[] }[] => {
    if (value === null || typeof value !== 'object') return [];
    if (Array.isArray(value)) return value.flatMap((v, i) => localized(v, `${path}[${i}]`));
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => k === 'en' || k === 'es')) return [{ path, keys }];
    return Object.entries(value).flatMap(([k, v]) => localized(v, `${path}.${k}`));
  };

  it.each(['en', 'es'])('%s: every localized text keeps that language alone, and nothing else changes', (lang) => {
    const one = resultTextsIn(texts, lang, q.locales);
    const all = localized(texts);
    expect(all.length).toBeGreaterThan(100);
    expect(localized(one)).toEqual(all.map(({ path }) => ({ path, keys: [lang] })));
    // Ids, values, conditions and numbers stay as they were.
    expect(JSON.stringify(one).length).toBeLessThan(JSON.stringify(texts).length * 0.65);
    expect(one.id).toBe('quick');
    expect(Object.keys(one.guidance)).toEqual([...STAGES]);
  });

  it.each(['en', 'es'] as const)('%s: joined with its language, every stage reads as with the whole questionnaire', (lang) => {
    const joined = joinResultTexts(first, resultTextsIn(texts, lang, q.locales));
    const answers = { change: 'eating', stage: 'within-6-months', importance: 6, confidence: 3 };
    for (const stage of STAGES) {
      expect(selectGuidance(joined, stage, answers, lang, {})).toEqual(selectGuidance(q, stage, answers, lang, {}));
    }
  });
});
