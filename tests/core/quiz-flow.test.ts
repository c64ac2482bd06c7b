import { describe, expect, test } from 'vitest';
import {
  countedAnswers,
  quizCompletion,
  initialQuizState,
  quizProgress,
  quizReducer,
  restoreSnapshot,
  shownItems,
  toSnapshot,
  type QuizEvent,
  type QuizState,
} from '../../src/core/quiz-flow';
import type { Questionnaire, StageGuidance } from '../../src/core/types';

const t = (en: string) => ({ en, es: `${en} (es)` });
const guidance: StageGuidance = { headline: t('h'), reflection: t('r'), helps: [t('help')], questions: [t('q')] };

/**
 * A small questionnaire: `when` (required) decides the stage; `how` (required) is asked only of
 * people already doing it; `sure` is an optional ruler.
 */
const Q: Questionnaire = {
  id: 'flow-test',
  version: '2.0.0',
  locales: ['en', 'es'],
  title: t('Flow test'),
  introduction: t('Intro'),
  provenance: { source: t('tests'), licence: 'MIT', validated: false },
  responseSets: {
    agree5: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(String(value)) })) },
  },
  items: [
    {
      id: 'when',
      type: 'choice',
      text: t('When?'),
      required: true,
      options: [
        { value: 'never', label: t('Not planning') },
        { value: 'soon', label: t('Within six months') },
        { value: 'month', label: t('Within a month') },
        { value: 'doing', label: t('Doing it') },
      ],
    },
    { id: 'how', type: 'agreement', text: t('Going well?'), required: true, responseSet: 'agree5', showIf: { item: 'when', equals: 'doing' } },
    { id: 'sure', type: 'ruler', text: t('How sure?'), required: false, min: 0, max: 10, minLabel: t('not'), maxLabel: t('very') },
  ],
  scoring: {
    stage: [
      {
        type: 'rules',
        rules: [
          { id: 'r-never', when: { item: 'when', equals: 'never' }, stage: 'precontemplation' },
          { id: 'r-soon', when: { item: 'when', equals: 'soon' }, stage: 'contemplation' },
          { id: 'r-month', when: { item: 'when', equals: 'month' }, stage: 'preparation' },
          { id: 'r-doing-well', when: { all: [{ item: 'when', equals: 'doing' }, { item: 'how', range: { min: 4 } }] }, stage: 'maintenance' },
          { id: 'r-doing', when: { item: 'when', equals: 'doing' }, stage: 'action' },
        ],
      },
    ],
  },
  guidance: { precontemplation: guidance, contemplation: guidance, preparation: guidance, action: guidance, maintenance: guidance },
};

const run = (events: readonly QuizEvent[], from: QuizState = initialQuizState(Q, 'en')): QuizState =>
  events.reduce(quizReducer, from);

const start: QuizEvent = { type: 'start' };
const next: QuizEvent = { type: 'next' };
const back: QuizEvent = { type: 'back' };
const answer = (item: string, value: string | number): QuizEvent => ({ type: 'answer', item, value });

describe('initialQuizState', () => {
  test.each([
    ['en', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['EN-us', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('lang %s → %s', (requested, lang) => {
    const state = initialQuizState(Q, requested);
    expect(state).toMatchObject({ phase: 'intro', lang, answers: {}, current: null, error: null, result: null });
  });
});

describe('moving through the questions', () => {
  test('start shows the first question; the total counts `how`, which the first answer may show', () => {
    const state = run([start]);
    expect(state.phase).toBe('question');
    expect(state.current).toBe('when');
    // 1 of 3, not 1 of 2: "doing" shows `how`, and the count must never grow under the person.
    expect(quizProgress(state)).toEqual({ position: 1, total: 3, isLast: false });
    expect(quizProgress(run([start, answer('when', 'soon')]))).toEqual({ position: 1, total: 3, isLast: false });
  });

  test('next on an unanswered required question stays and flags it; an answer clears the flag', () => {
    const blocked = run([start, next]);
    expect(blocked.current).toBe('when');
    expect(blocked.error).toBe('required');
    const answered = quizReducer(blocked, answer('when', 'soon'));
    expect(answered.error).toBeNull();
    expect(quizReducer(answered, next).current).toBe('sure');
  });

  test('finish on an unanswered required question is blocked the same way', () => {
    const blocked = run([start, { type: 'finish' }]);
    expect(blocked).toMatchObject({ phase: 'question', current: 'when', error: 'required', result: null });
  });

  test('an optional question may be left unanswered; next on the last one shows the result', () => {
    const state = run([start, answer('when', 'month'), next, next]);
    expect(state.phase).toBe('result');
    expect(state.result?.stage).toBe('preparation');
    expect(state.result?.decidedBy).toEqual({ method: 'rules', methodIndex: 0, rule: 'r-month' });
  });

  test('"finish" on the last question gives the same result', () => {
    const state = run([start, answer('when', 'never'), next, answer('sure', 3), { type: 'finish' }]);
    expect(state.phase).toBe('result');
    expect(state.result?.stage).toBe('precontemplation');
  });

  test('isLast follows the shown questions', () => {
    expect(quizProgress(run([start, answer('when', 'soon'), next]))).toEqual({ position: 2, total: 2, isLast: true });
    expect(quizProgress(run([start, answer('when', 'doing'), next]))).toEqual({ position: 2, total: 3, isLast: false });
  });

  test('back steps to the previous shown question, then to the introduction', () => {
    const atSure = run([start, answer('when', 'soon'), next]);
    const atWhen = quizReducer(atSure, back);
    expect(atWhen.current).toBe('when');
    expect(atWhen.answers).toEqual({ when: 'soon' });
    expect(quizReducer(atWhen, back)).toMatchObject({ phase: 'intro', current: null });
  });

  test('back from the result returns to the last shown question and drops the result', () => {
    const state = run([start, answer('when', 'soon'), next, next, back]);
    expect(state).toMatchObject({ phase: 'question', current: 'sure', result: null });
  });

  test('back clears a required flag', () => {
    expect(run([start, answer('when', 'doing'), next, next, back]).error).toBeNull();
  });
});

describe('skip logic', () => {
  test('a question appears only when its condition holds', () => {
    expect(shownItems(run([start, answer('when', 'doing')])).map((i) => i.id)).toEqual(['when', 'how', 'sure']);
    expect(shownItems(run([start, answer('when', 'soon')])).map((i) => i.id)).toEqual(['when', 'sure']);
  });

  test('changing an earlier answer hides a later question, and its answer stops counting', () => {
    const doingWell = run([start, answer('when', 'doing'), next, answer('how', 5), next, next]);
    expect(doingWell.result?.stage).toBe('maintenance');

    const changed = run([back, back, back, answer('when', 'soon'), next], doingWell);
    expect(changed.current).toBe('sure');
    expect(changed.answers).toEqual({ when: 'soon', how: 5 });
    expect(countedAnswers(changed)).toEqual({ when: 'soon' });
    const result = quizReducer(changed, next);
    expect(result.result?.stage).toBe('contemplation');
  });

  test('changing it back brings the earlier answer back', () => {
    const state = run([start, answer('when', 'doing'), next, answer('how', 2), back, answer('when', 'soon'), answer('when', 'doing'), next]);
    expect(state.current).toBe('how');
    expect(countedAnswers(state)).toEqual({ when: 'doing', how: 2 });
    expect(run([next, next], state).result?.stage).toBe('action');
  });

  test('an answer to a hidden question is ignored', () => {
    const state = run([start, answer('when', 'soon')]);
    expect(quizReducer(state, answer('how', 4))).toBe(state);
  });
});

describe('answers', () => {
  test.each([
    ['an option the item does not offer', answer('when', 'maybe')],
    ['a number for a choice item', answer('when', 1)],
    ['a ruler value above its max', answer('sure', 11)],
    ['a ruler value below its min', answer('sure', -1)],
    ['a fractional ruler value', answer('sure', 2.5)],
    ['a ruler value as text', answer('sure', '5')],
    ['an unknown item', answer('nope', 1)],
  ])('%s is ignored', (_, event) => {
    const state = run([start, answer('when', 'soon'), next]);
    expect(quizReducer(state, event)).toBe(state);
  });

  test('an agreement answer must be one of its response set values', () => {
    const atHow = run([start, answer('when', 'doing'), next]);
    expect(quizReducer(atHow, answer('how', 6))).toBe(atHow);
    expect(quizReducer(atHow, answer('how', 3)).answers).toEqual({ when: 'doing', how: 3 });
  });

  test('answers are only taken during the questions', () => {
    const intro = initialQuizState(Q, 'en');
    expect(quizReducer(intro, answer('when', 'soon'))).toBe(intro);
  });
});

describe('events that do nothing in a phase return the same state', () => {
  const intro = initialQuizState(Q, 'en');
  const result = run([start, answer('when', 'soon'), next, next]);
  test.each([
    ['next on the introduction', intro, next],
    ['back on the introduction', intro, back],
    ['finish on the introduction', intro, { type: 'finish' } as QuizEvent],
    ['start on the result', result, start],
    ['next on the result', result, next],
    ['an answer on the result', result, answer('sure', 4)],
    ['the same language', intro, { type: 'setLanguage', lang: 'en' } as QuizEvent],
    ['a language the questionnaire lacks', intro, { type: 'setLanguage', lang: 'de' } as QuizEvent],
  ])('%s', (_, state, event) => {
    expect(quizReducer(state, event)).toBe(state);
  });
});

describe('language and retake', () => {
  test('switching language mid-quiz keeps answers and place', () => {
    const state = run([start, answer('when', 'doing'), next, answer('how', 4)]);
    const spanish = quizReducer(state, { type: 'setLanguage', lang: 'es-US' });
    expect(spanish).toMatchObject({ lang: 'es', phase: 'question', current: 'how', answers: { when: 'doing', how: 4 } });
  });

  test('retake clears every answer and starts at the first question', () => {
    const state = run([start, answer('when', 'soon'), next, answer('sure', 7), next, { type: 'retake' }]);
    expect(state).toMatchObject({ phase: 'question', current: 'when', answers: {}, result: null, error: null });
  });
});

describe('purity', () => {
  test('the reducer never mutates its input (deeply frozen state)', () => {
    const freeze = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        Object.values(value).forEach(freeze);
        Object.freeze(value);
      }
      return value;
    };
    const events: QuizEvent[] = [start, next, answer('when', 'doing'), next, answer('how', 5), back, next, next, next, back, { type: 'retake' }];
    let state = freeze(initialQuizState(structuredClone(Q) as Questionnaire, 'en'));
    for (const event of events) state = freeze(quizReducer(state, event));
    expect(state.phase).toBe('question');
  });

  test('every state is plain data that survives JSON', () => {
    const state = run([start, answer('when', 'doing'), next, answer('how', 5), next, answer('sure', 8), next]);
    expect(state.phase).toBe('result');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('snapshots', () => {
  test('an unfinished run round-trips through JSON', () => {
    const state = run([start, answer('when', 'doing'), next, answer('how', 2), { type: 'setLanguage', lang: 'es' }]);
    const snapshot = toSnapshot(state);
    expect(snapshot).toEqual({
      v: 1,
      questionnaire: { id: 'flow-test', version: '2.0.0' },
      lang: 'es',
      phase: 'question',
      answers: { when: 'doing', how: 2 },
      current: 'how',
    });
    const restored = restoreSnapshot(Q, JSON.parse(JSON.stringify(snapshot)));
    expect(restored).toEqual(state);
  });

  test('the introduction round-trips too', () => {
    const state = initialQuizState(Q, 'es');
    expect(restoreSnapshot(Q, toSnapshot(state))).toEqual(state);
  });

  test('a finished run has no snapshot', () => {
    expect(toSnapshot(run([start, answer('when', 'soon'), next, next]))).toBeNull();
  });

  const good = { v: 1, questionnaire: { id: 'flow-test', version: '2.0.0' }, lang: 'en', phase: 'question', answers: { when: 'soon' }, current: 'sure' };
  test('the good snapshot used below is accepted', () => {
    expect(restoreSnapshot(Q, good)?.current).toBe('sure');
  });

  test.each([
    ['null', null],
    ['a string', 'snapshot'],
    ['an array', [good]],
    ['another format version', { ...good, v: 2 }],
    ['another questionnaire', { ...good, questionnaire: { id: 'quick', version: '2.0.0' } }],
    ['another version of it', { ...good, questionnaire: { id: 'flow-test', version: '1.0.0' } }],
    ['a language it lacks', { ...good, lang: 'de' }],
    ['the result phase', { ...good, phase: 'result' }],
    ['answers that are not an object', { ...good, answers: ['soon'] }],
    ['an answer to an unknown item', { ...good, answers: { when: 'soon', extra: 1 } }],
    ['an answer the item does not offer', { ...good, answers: { when: 'later' } }],
    ['a ruler answer out of range', { ...good, answers: { when: 'soon', sure: 42 } }],
    ['a current question that does not exist', { ...good, current: 'gone' }],
    ['a current question that is hidden', { ...good, current: 'how' }],
    ['no current question while answering', { ...good, current: null }],
    ['a current question on the introduction', { ...good, phase: 'intro' }],
  ])('%s is refused', (_, input) => {
    expect(restoreSnapshot(Q, input)).toBeNull();
  });
});

describe('quizCompletion', () => {
  test('is null before the result', () => {
    expect(quizCompletion(run([start, answer('when', 'never')]), '2026-01-02T03:04:05.000Z')).toBeNull();
  });

  test('hands over the stage, the counted answers only, the questionnaire, the language and the given time', () => {
    // `how` was answered on the "doing" path, then hidden by changing `when`: it must not be handed over.
    const state = run([start, answer('when', 'doing'), next, answer('how', 5), back, answer('when', 'month'), next, next]);
    const completion = quizCompletion(state, '2026-01-02T03:04:05.000Z');
    expect(completion).toMatchObject({
      stage: 'preparation',
      decidedBy: { method: 'rules', rule: 'r-month' },
      answers: { when: 'month' },
      questionnaire: { id: 'flow-test', version: '2.0.0' },
      lang: 'en',
      completedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(completion?.answers).not.toHaveProperty('how');
  });
});
