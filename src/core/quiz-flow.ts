import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { conditionItems, indexItems } from './evaluate-condition';
import { score } from './score';
import type { AnswerValue, Answers, Item, Locale, Questionnaire, QuizCompletion, ScoreResult, TypedTexts } from './types';

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
  /**
   * Words the person typed for a chosen free-text option, by item id, cut to the option's
   * maxLength. Theirs: never in the completion or host events; only in a snapshot (which a host
   * stores only with `persist`); gone on retake.
   */
  readonly texts: TypedTexts;
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
  /** Typed words for the current question's chosen free-text option ('' clears them). */
  | { readonly type: 'text'; readonly item: string; readonly text: string }
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
    texts: {},
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

/**
 * Progress for "Question 3 of 6": the 1-based position among the shown questions, and a total that
 * also counts every later question that may yet appear (its showIf looks at this question or a
 * later one). So a skip-logic question that appears never renumbers what the person saw: going
 * forward, the position grows by one and the total can only stay or shrink, never jump back.
 * `isLast`: no shown question follows (the button reads "See my result").
 */
export function quizProgress(state: QuizState): { position: number; total: number; isLast: boolean } {
  const shown = shownItems(state);
  const position = shown.findIndex((item) => item.id === state.current) + 1;
  const items = state.questionnaire.items;
  const at = items.findIndex((item) => item.id === state.current);
  const open = new Set(at < 0 ? [] : items.slice(at).map((item) => item.id));
  const maybe = items
    .slice(at + 1)
    .filter((item) => item.showIf && !shown.includes(item) && conditionItems(item.showIf).some((id) => open.has(id))).length;
  return { position, total: shown.length + (at < 0 ? 0 : maybe), isLast: position > 0 && position === shown.length };
}

/** Whether `item` offers a text box for the answer given (the chosen option has `freeText`). */
export function freeTextLimit(item: Item | undefined, value: AnswerValue | undefined): number | undefined {
  return item?.type === 'choice' ? item.options.find((o) => o.value === value)?.freeText?.maxLength : undefined;
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
      return goToFirst({ ...state, answers: {}, texts: {}, result: null });
    case 'setLanguage': {
      const lang = matchLocale(state.questionnaire, event.lang);
      return lang && lang !== state.lang ? { ...state, lang } : state;
    }
    case 'answer': {
      if (state.phase !== 'question') return state;
      const item = shownItems(state).find((i) => i.id === event.item);
      if (!item || !isValidAnswer(state.questionnaire, item, event.value)) return state;
      const answers = { ...state.answers, [item.id]: event.value };
      // Words typed for "Something else" go when another option is chosen: they described that one.
      if (freeTextLimit(item, event.value) !== undefined || !Object.hasOwn(state.texts, item.id)) return { ...state, answers, error: null };
      const { [item.id]: _dropped, ...texts } = state.texts;
      return { ...state, answers, texts, error: null };
    }
    case 'text': {
      if (state.phase !== 'question' || event.item !== state.current) return state;
      const max = freeTextLimit(currentItem(state), state.answers[event.item]);
      if (max === undefined) return state;
      const text = [...event.text].slice(0, max).join('');
      if (text === (state.texts[event.item] ?? '')) return state;
      const { [event.item]: _old, ...rest } = state.texts;
      return { ...state, texts: text ? { ...rest, [event.item]: text } : rest };
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
  /** Typed words, only when there are any. */
  readonly texts?: TypedTexts;
  readonly current: string | null;
}

/** The snapshot of an unfinished run; null once finished (a host clears its storage then). */
export function toSnapshot(state: QuizState): QuizSnapshot | null {
  if (state.phase === 'result') return null;
  const { id, version } = state.questionnaire;
  const texts = Object.keys(state.texts).length > 0 ? { texts: state.texts } : {};
  return { v: 1, questionnaire: { id, version }, lang: state.lang, phase: state.phase, answers: state.answers, ...texts, current: state.current };
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
  const texts = restoreTexts(questionnaire, answers, input.texts);
  if (!texts) return null;
  const base: QuizState = { ...initialQuizState(questionnaire, input.lang), answers, texts };
  if (input.phase === 'intro') return input.current === null || input.current === undefined ? base : null;
  if (typeof input.current !== 'string') return null;
  const state: QuizState = { ...base, phase: 'question', current: input.current };
  return shownItems(state).some((i) => i.id === input.current) ? state : null;
}

/** Typed words from a snapshot: each for an answered free-text option, within its length; else null. */
function restoreTexts(questionnaire: Questionnaire, answers: Answers, input: unknown): TypedTexts | null {
  if (input === undefined) return {};
  if (!isRecord(input)) return null;
  const entries = Object.entries(input);
  for (const [id, text] of entries) {
    const max = freeTextLimit(questionnaire.items.find((i) => i.id === id), answers[id]);
    if (max === undefined || typeof text !== 'string' || [...text].length > max) return null;
  }
  return Object.fromEntries(entries) as TypedTexts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
