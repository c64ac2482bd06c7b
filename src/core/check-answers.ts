import { own } from './own';
import type { ItemIndex } from './evaluate-condition';
import type { AnswerProblem, AnswerValue, Answers, Item, Questionnaire } from './types';

/**
 * The outcome of checking raw answers: the answers, now known to be valid (the same object, or a
 * copy without the keys whose value is `undefined`), or every problem found.
 */
export type CheckedAnswers =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/**
 * Checks raw answers (from storage, a URL, a host page: anything) against the questionnaire's
 * items. Every answer is checked, including answers to items that are currently hidden, so a bad
 * answer is reported rather than silently dropped. A key whose value is `undefined` counts as
 * unanswered (an object spread of a cleared answer); `null` is a wrong type.
 * A problem about the answers as a whole (not an object) has `item: ''`.
 */
export function checkAnswers(questionnaire: Questionnaire, raw: unknown, index: ItemIndex): CheckedAnswers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const got = raw === undefined ? 'nothing' : describe(raw);
    return {
      ok: false,
      problems: [{ item: '', message: `Answers must be an object keyed by item id; got ${got}.` }],
    };
  }
  const problems: AnswerProblem[] = [];
  const record = raw as Record<string, unknown>;
  let cleared = false;
  for (const id of Object.keys(record)) {
    const value = record[id];
    if (value === undefined) {
      cleared = true;
      continue;
    }
    const item = index.get(id);
    if (item && isValidAnswer(questionnaire, item, value)) continue;
    problems.push({ item: id, message: item ? problemMessage(questionnaire, item, value) : unknownItemMessage(id) });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Usually no copy: scoring runs often (100,000 answer sets in a benchmark) and answers are only read.
  return { ok: true, answers: cleared ? withoutUndefined(record) : (record as Answers) };
}

function withoutUndefined(record: Record<string, unknown>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const id of Object.keys(record)) if (record[id] !== undefined) answers[id] = record[id] as AnswerValue;
  return answers;
}

/** The fast path: whether `value` is a valid answer to `item`, without building any message. */
function isValidAnswer(questionnaire: Questionnaire, item: Item, value: unknown): value is AnswerValue {
  if (item.type === 'choice') {
    if (typeof value !== 'string') return false;
    for (const option of item.options) if (option.value === value) return true;
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (item.type === 'ruler') return Number.isInteger(value) && value >= item.min && value <= item.max;
  if (item.type === 'agreement') {
    const options = own(questionnaire.responseSets, item.responseSet)?.options ?? [];
    for (const option of options) if (option.value === value) return true;
  }
  return false;
}

function unknownItemMessage(id: string): string {
  return `There is no item "${id}" in this questionnaire.`;
}

/** Why `value` is not a valid answer to `item` (called only once isValidAnswer said it is not). */
function problemMessage(questionnaire: Questionnaire, item: Item, value: unknown): string {
  const name = `Item "${item.id}"`;
  switch (item.type) {
    case 'choice': {
      const allowed = item.options.map((option) => option.value);
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      if (typeof value !== 'string') {
        return `${name} takes one of the option values ${list}; got ${describe(value)}.`;
      }
      return `${name} has no option ${JSON.stringify(value)}; allowed: ${list}.`;
    }
    case 'agreement': {
      const set = own(questionnaire.responseSets, item.responseSet);
      if (!set) return `${name} uses response set "${item.responseSet}", which the questionnaire does not define.`;
      const allowed = set.options.map((option) => option.value);
      const list = allowed.join(', ');
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `${name} takes one of the numbers ${list}; got ${describe(value)}.`;
      }
      return `${name} takes one of the numbers ${list}; got ${value}.`;
    }
    case 'ruler': {
      const range = `a whole number from ${item.min} to ${item.max}`;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} takes ${range}; got ${describe(value)}.`;
      return `${name} takes ${range}; got ${value}.`;
    }
    default:
      // Only reachable for unvalidated input: an item type the format does not have.
      return `${name} has an unknown type ${JSON.stringify((item as { type?: unknown }).type)}, so it cannot be answered.`;
  }
}

/** A short, plain description of a value of the wrong type, for messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value); // incl. NaN, Infinity
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
