import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { indexItems } from './evaluate-condition';
import { score } from './score';
import type { AnswerValue, Answers, Item, Locale, Questionnaire, QuizCompletion, ScoreResult } from './types';

/** Where the person is: the introduction, one question, or the result. */
export type QuizPhase = 'intro' | 'question' | 'result';

/** Why `next`/`finish` did not move on: a required question shown but unanswered. */
/**
 * Why the flow stayed on a question: `required`, an unanswered required question; `undecidable`,
 * every question answered and still no stage (only an unvalidated questionnaire can get here):
 * the widget says so plainly instead of sending the person round again.
 */
export type QuizError = 'required' | 'undecidable';

/**
 * The whole state of one quiz run. Plain data (the questionnaire is JSON too), so it can be
 * rendered, compared, logged and turned into a snapshot.
 */
export interface QuizState {
  readonly questionnaire: Questionnaire;
  readonly lang: Locale;
  readonly phase: QuizPhase;
  /**
   * Every answer given, including answers to items that a later change hid: they do not count
   * (see effectiveAnswers) but come back if the person changes their mind again.
   */
  readonly answers: Answers;
  /** Id of the question on screen; null outside the question phase. */
  readonly current: string | null;
  readonly error: QuizError | null;
  /** The scorer's result, once finished with every required question answered. */
  readonly result: (ScoreResult & { readonly status: 'complete' }) | null;
}

/** What the person (or the widget) can do. */
export type QuizEvent =
  | { readonly type: 'start' }
  | { readonly type: 'answer'; readonly item: string; readonly value: AnswerValue }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'finish' }
  | { readonly type: 'retake' }
  | { readonly type: 'setLanguage'; readonly lang: Locale };

/** Picks the questionnaire's locale for a requested language (`es-MX` → `es`), else its first. */
export function matchLocale(questionnaire: Questionnaire, requested: string | undefined): Locale | undefined {
  if (!requested) return undefined;
  const wanted = requested.toLowerCase();
  return (
    questionnaire.locales.find((l) => l.toLowerCase() === wanted) ??
    questionnaire.locales.find((l) => l.toLowerCase() === wanted.split('-')[0])
  );
}

/** The starting state: the introduction, no answers. */
export function initialQuizState(questionnaire: Questionnaire, lang?: Locale): QuizState {
  return {
    questionnaire,
    lang: matchLocale(questionnaire, lang) ?? questionnaire.locales[0] ?? 'en',
    phase: 'intro',
    answers: {},
    current: null,
    error: null,
    result: null,
  };
}

/** The questions shown for the current answers, in order. */
export function shownItems(state: QuizState): readonly Item[] {
  return effectiveAnswers(state.questionnaire.items, state.answers, indexItems(state.questionnaire.items)).shown;
}

/** The answers that count (answers to hidden questions left out). */
export function countedAnswers(state: QuizState): Answers {
  return effectiveAnswers(state.questionnaire.items, state.answers, indexItems(state.questionnaire.items)).answers;
}

/**
 * What a finished quiz hands to the host (null before the result). The caller stamps the time:
 * core has no clock.
 */
export function quizCompletion(state: QuizState, completedAt: string): QuizCompletion | null {
  if (!state.result) return null;
  const { stage, decidedBy, scores } = state.result;
  const { id, version } = state.questionnaire;
  return { stage, decidedBy, scores, answers: countedAnswers(state), questionnaire: { id, version }, lang: state.lang, completedAt };
}

/** Progress for "Question 3 of 6": 1-based position among the shown questions, and their count. */
export function quizProgress(state: QuizState): { position: number; total: number; isLast: boolean } {
  const shown = shownItems(state);
  const position = shown.findIndex((item) => item.id === state.current) + 1;
  return { position, total: shown.length, isLast: position > 0 && position === shown.length };
}

/** The question on screen, or undefined outside the question phase. */
export function currentItem(state: QuizState): Item | undefined {
  return state.current === null ? undefined : state.questionnaire.items.find((i) => i.id === state.current);
}

/** Whether `value` is a possible answer to `item` (an offered option or an integer in range). */
export function isValidAnswer(questionnaire: Questionnaire, item: Item, value: unknown): value is AnswerValue {
  switch (item.type) {
    case 'choice':
      return typeof value === 'string' && item.options.some((o) => o.value === value);
    case 'agreement': {
      const set = own(questionnaire.responseSets, item.responseSet);
      return typeof value === 'number' && (set?.options.some((o) => o.value === value) ?? false);
    }
    case 'ruler':
      return Number.isInteger(value) && (value as number) >= item.min && (value as number) <= item.max;
  }
}

/** The flow as a pure function: never mutates, returns the same state when an event does nothing. */
export function quizReducer(state: QuizState, event: QuizEvent): QuizState {
  switch (event.type) {
    case 'start':
      return state.phase === 'intro' ? goToFirst(state) : state;
    case 'retake':
      return goToFirst({ ...state, answers: {}, result: null });
    case 'setLanguage': {
      const lang = matchLocale(state.questionnaire, event.lang);
      return lang && lang !== state.lang ? { ...state, lang } : state;
    }
    case 'answer': {
      if (state.phase !== 'question') return state;
      const item = shownItems(state).find((i) => i.id === event.item);
      if (!item || !isValidAnswer(state.questionnaire, item, event.value)) return state;
      return { ...state, answers: { ...state.answers, [item.id]: event.value }, error: null };
    }
    case 'back': {
      if (state.phase === 'result') {
        const shown = shownItems(state);
        return { ...state, phase: 'question', current: shown[shown.length - 1]?.id ?? null, error: null, result: null };
      }
      if (state.phase !== 'question') return state;
      const shown = shownItems(state);
      const at = shown.findIndex((i) => i.id === state.current);
      if (at <= 0) return { ...state, phase: 'intro', current: null, error: null };
      return { ...state, current: shown[at - 1]!.id, error: null };
    }
    case 'next': {
      if (state.phase !== 'question') return state;
      if (missingCurrent(state)) return { ...state, error: 'required' };
      const shown = shownItems(state);
      const at = shown.findIndex((i) => i.id === state.current);
      const following = shown[at + 1];
      return following ? { ...state, current: following.id, error: null } : finish(state);
    }
    case 'finish':
      if (state.phase !== 'question') return state;
      if (missingCurrent(state)) return { ...state, error: 'required' };
      return finish(state);
  }
}

function goToFirst(state: QuizState): QuizState {
  const first = shownItems(state)[0];
  if (!first) return finish({ ...state, phase: 'question' });
  return { ...state, phase: 'question', current: first.id, error: null, result: null };
}

function missingCurrent(state: QuizState): boolean {
  const item = currentItem(state);
  return item !== undefined && item.required && own(countedAnswers(state), item.id) === undefined;
}

/** Scores the counted answers; an unanswered required question anywhere sends the person back to it. */
function finish(state: QuizState): QuizState {
  const result = score(state.questionnaire, countedAnswers(state));
  if (result.status === 'complete') return { ...state, phase: 'result', current: null, error: null, result };
  const shown = shownItems(state);
  const counted = countedAnswers(state);
  // Only a shown, unanswered question can be answered: anything else would loop.
  const target = (
    result.status === 'incomplete'
      ? result.missing
      : // An answer the scorer rejects cannot come from the screens; show its question again.
        result.problems.map((p) => p.item)
  ).find((id) => shown.some((i) => i.id === id) && (result.status !== 'incomplete' || own(counted, id) === undefined));
  if (target === undefined) return { ...state, phase: 'question', current: state.current ?? shown.at(-1)?.id ?? null, error: 'undecidable', result: null };
  return { ...state, phase: 'question', current: target, error: 'required', result: null };
}

// ---------------------------------------------------------------------------------------------
// Persistence (opt-in, decided by the host)

/** What an opt-in persistence layer stores: enough to resume, nothing derived. */
export interface QuizSnapshot {
  readonly v: 1;
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly lang: Locale;
  readonly phase: 'intro' | 'question';
  readonly answers: Answers;
  readonly current: string | null;
}

/** The snapshot of an unfinished run; null once finished (a host clears its storage then). */
export function toSnapshot(state: QuizState): QuizSnapshot | null {
  if (state.phase === 'result') return null;
  const { id, version } = state.questionnaire;
  return { v: 1, questionnaire: { id, version }, lang: state.lang, phase: state.phase, answers: state.answers, current: state.current };
}

/**
 * Rebuilds a state from a stored snapshot, trusting nothing: anything that is not a snapshot of
 * this very questionnaire (id and version), or holds an answer the questionnaire would not offer,
 * gives null and the host starts afresh.
 */
export function restoreSnapshot(questionnaire: Questionnaire, input: unknown): QuizState | null {
  if (!isRecord(input) || input.v !== 1) return null;
  const ref = input.questionnaire;
  if (!isRecord(ref) || ref.id !== questionnaire.id || ref.version !== questionnaire.version) return null;
  if (typeof input.lang !== 'string' || !questionnaire.locales.includes(input.lang)) return null;
  if (input.phase !== 'intro' && input.phase !== 'question') return null;
  if (!isRecord(input.answers)) return null;
  const entries = Object.entries(input.answers);
  for (const [id, value] of entries) {
    const item = questionnaire.items.find((i) => i.id === id);
    if (!item || !isValidAnswer(questionnaire, item, value)) return null;
  }
  // fromEntries defines own properties, so even an item called `__proto__` stays plain data.
  const answers = Object.fromEntries(entries) as Answers;
  const base: QuizState = { ...initialQuizState(questionnaire, input.lang), answers };
  if (input.phase === 'intro') return input.current === null || input.current === undefined ? base : null;
  if (typeof input.current !== 'string') return null;
  const state: QuizState = { ...base, phase: 'question', current: input.current };
  return shownItems(state).some((i) => i.id === input.current) ? state : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
