import { describe, expect, test } from 'vitest';
import {
  initialQuizState,
  quizCompletion,
  quizProgress,
  quizReducer,
  restoreSnapshot,
  toSnapshot,
  type QuizEvent,
  type QuizState,
} from '../../src/core/quiz-flow';
import type { Questionnaire, StageGuidance } from '../../src/core/types';

const t = (en: string) => ({ en, es: `${en} (es)` });
const g: StageGuidance = { headline: t('h'), reflection: t('r'), helps: [t('help')], questions: [t('q1'), t('q2')] };

/** `change` has a free-text option (at most 10 characters); `stage` decides; `lately` only for "doing". */
const Q: Questionnaire = {
  id: 'typed-test',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: t('T'),
  introduction: t('I'),
  provenance: { source: t('tests'), licence: 'MIT', validated: false },
  items: [
    {
      id: 'change',
      type: 'choice',
      text: t('What change?'),
      required: false,
      options: [
        { value: 'walking', label: t('Walking') },
        { value: 'other', label: t('Something else'), freeText: { label: t('In a few words'), maxLength: 10 } },
      ],
    },
    {
      id: 'stage',
      type: 'choice',
      text: t('Where?'),
      required: true,
      options: [
        { value: 'later', label: t('Later') },
        { value: 'doing', label: t('Doing it') },
      ],
    },
    { id: 'lately', type: 'choice', text: t('Lately?'), required: false, showIf: { item: 'stage', equals: 'doing' }, options: [{ value: 'ok', label: t('OK') }, { value: 'slip', label: t('Slipped') }] },
    { id: 'sure', type: 'ruler', text: t('How sure?'), required: false, min: 0, max: 10, minLabel: t('not'), maxLabel: t('very') },
  ],
  scoring: {
    stage: [
      {
        type: 'rules',
        rules: [
          { id: 'later', when: { item: 'stage', equals: 'later' }, stage: 'contemplation' },
          { id: 'doing', when: { item: 'stage', equals: 'doing' }, stage: 'action' },
        ],
      },
    ],
  },
  guidance: { precontemplation: g, contemplation: g, preparation: g, action: g, maintenance: g },
};

const run = (events: readonly QuizEvent[], from: QuizState = initialQuizState(Q, 'en')): QuizState => events.reduce(quizReducer, from);
const start: QuizEvent = { type: 'start' };
const next: QuizEvent = { type: 'next' };
const answer = (item: string, value: string | number): QuizEvent => ({ type: 'answer', item, value });
const type = (item: string, text: string): QuizEvent => ({ type: 'text', item, text });

describe('typed words', () => {
  test('kept for a chosen free-text option, cut to its maxLength (by characters, not UTF-16 units)', () => {
    expect(run([start, answer('change', 'other'), type('change', 'my sleep')]).texts).toEqual({ change: 'my sleep' });
    expect(run([start, answer('change', 'other'), type('change', 'sleeping better at night')]).texts).toEqual({ change: 'sleeping b' });
    expect(run([start, answer('change', 'other'), type('change', '😴😴😴😴😴😴😴😴😴😴😴😴')]).texts.change).toBe('😴'.repeat(10));
  });

  test('ignored for an option without free text, another question, or before the option is chosen', () => {
    const s = run([start]);
    expect(quizReducer(s, type('change', 'x'))).toBe(s);
    const walking = run([start, answer('change', 'walking')]);
    expect(quizReducer(walking, type('change', 'x'))).toBe(walking);
    const other = run([start, answer('change', 'other')]);
    expect(quizReducer(other, type('stage', 'x'))).toBe(other);
  });

  test('choosing another option drops the words; an empty text clears them', () => {
    const typed = run([start, answer('change', 'other'), type('change', 'my sleep')]);
    expect(quizReducer(typed, answer('change', 'walking')).texts).toEqual({});
    expect(quizReducer(typed, type('change', '')).texts).toEqual({});
  });

  test('never in the completion handed to the host', () => {
    const done = run([start, answer('change', 'other'), type('change', 'my sleep'), next, answer('stage', 'later'), next, next]);
    expect(done.phase).toBe('result');
    const completion = quizCompletion(done, '2026-11-29T10:00:00.000Z')!;
    expect(completion.answers).toEqual({ change: 'other', stage: 'later' });
    expect(JSON.stringify(completion)).not.toContain('my sleep');
  });

  test('gone after Take it again', () => {
    const done = run([start, answer('change', 'other'), type('change', 'my sleep'), next, answer('stage', 'later'), next, next]);
    expect(quizReducer(done, { type: 'retake' }).texts).toEqual({});
  });

  test('in the snapshot (which a host stores only with persist) and restored from it', () => {
    const s = run([start, answer('change', 'other'), type('change', 'my sleep')]);
    const snap = toSnapshot(s)!;
    expect(snap.texts).toEqual({ change: 'my sleep' });
    expect(restoreSnapshot(Q, JSON.parse(JSON.stringify(snap)))?.texts).toEqual({ change: 'my sleep' });
    expect(toSnapshot(run([start]))).not.toHaveProperty('texts');
  });

  test.each([
    ['too long', { change: 'x'.repeat(11) }],
    ['for an option without free text', { change: 'x' }, { change: 'walking' }],
    ['for an item that does not exist', { nope: 'x' }],
    ['not a string', { change: 3 }],
    ['not an object', 'my sleep'],
  ])('a snapshot whose texts are %s is refused', (_name, texts, answers = { change: 'other' }) => {
    const snap = { v: 1, questionnaire: { id: 'typed-test', version: '1.0.0' }, lang: 'en', phase: 'question', answers, texts, current: 'change' };
    expect(restoreSnapshot(Q, snap)).toBeNull();
  });
});

describe('progress never renumbers or goes back', () => {
  const texts = (events: QuizEvent[]) => {
    const seen: string[] = [];
    let s = initialQuizState(Q, 'en');
    for (const e of events) {
      s = quizReducer(s, e);
      if (s.phase === 'question') {
        const p = quizProgress(s);
        seen.push(`${p.position}/${p.total}`);
      }
    }
    return seen;
  };

  test('a skip-logic question that appears was counted from the start', () => {
    // change → stage (doing: `lately` appears) → lately → sure
    expect(texts([start, next, answer('stage', 'doing'), next, next])).toEqual(['1/4', '2/4', '2/4', '3/4', '4/4']);
  });

  test('a skip-logic question that stays hidden leaves the count once passed', () => {
    expect(texts([start, next, answer('stage', 'later'), next])).toEqual(['1/4', '2/4', '2/4', '3/3']);
  });

  test('the fraction shown only grows on the way forward, whatever the answers', () => {
    for (const stage of ['later', 'doing']) {
      let s = run([start]);
      let last = 0;
      while (s.phase === 'question') {
        const { position, total } = quizProgress(s);
        expect(position / total).toBeGreaterThan(last);
        last = position / total;
        s = quizReducer(s.current === 'stage' ? quizReducer(s, answer('stage', stage)) : s, next);
      }
    }
  });
});
