import type { ItemIndex } from '../evaluate-condition';
import type { AnswerValue, Condition, Questionnaire } from '../types';
import { answerCodes } from './answer-coding';
import { answerSystem } from './fhir-systems';
import type { FhirEnableWhen } from './fhir-types';

/** enableWhen entries and how they combine; a single entry fits either behaviour. */
interface Clauses {
  readonly behavior: 'all' | 'any';
  readonly enableWhen: FhirEnableWhen[];
}

/**
 * Translates a `showIf` condition to FHIR enableWhen, or returns undefined when FHIR's flat list
 * (all of, or any of, simple comparisons) cannot say the same thing. `range` on a coded item
 * becomes "any of" the option codes whose score falls in the range.
 */
export function toEnableWhen(
  questionnaire: Questionnaire,
  condition: Condition,
  items: ItemIndex,
): Clauses | undefined {
  if ('all' in condition || 'any' in condition) {
    const behavior = 'all' in condition ? 'all' : 'any';
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => toEnableWhen(questionnaire, c, items));
    if (parts.some((p) => p === undefined || (p.enableWhen.length > 1 && p.behavior !== behavior))) return undefined;
    const enableWhen = parts.flatMap((p) => p!.enableWhen);
    return enableWhen.length > 0 ? { behavior, enableWhen } : undefined;
  }
  if ('not' in condition) {
    const inner = condition.not;
    if ('item' in inner && 'equals' in inner) return single(compare(questionnaire, items, inner.item, '!=', inner.equals));
    if ('item' in inner && 'answered' in inner) return single({ question: inner.item, operator: 'exists', answerBoolean: !inner.answered });
    if ('item' in inner && 'oneOf' in inner) {
      const list = inner.oneOf.map((v) => compare(questionnaire, items, inner.item, '!=', v));
      return list.every(Boolean) ? { behavior: 'all', enableWhen: list as FhirEnableWhen[] } : undefined;
    }
    return undefined;
  }
  const { item } = condition;
  if ('answered' in condition) return single({ question: item, operator: 'exists', answerBoolean: condition.answered });
  if ('equals' in condition) return single(compare(questionnaire, items, item, '=', condition.equals));
  if ('oneOf' in condition) {
    const list = condition.oneOf.map((v) => compare(questionnaire, items, item, '=', v));
    return list.every(Boolean) && list.length > 0 ? { behavior: 'any', enableWhen: list as FhirEnableWhen[] } : undefined;
  }
  const target = items.get(item);
  const { min, max } = condition.range;
  if (target?.type === 'ruler') {
    const list: FhirEnableWhen[] = [];
    if (min !== undefined) list.push({ question: item, operator: '>=', answerInteger: min });
    if (max !== undefined) list.push({ question: item, operator: '<=', answerInteger: max });
    return list.length > 0 ? { behavior: 'all', enableWhen: list } : single({ question: item, operator: 'exists', answerBoolean: true });
  }
  if (!target) return undefined;
  const codes = answerCodes(questionnaire, target, 'en').filter(
    (c) => c.weight !== undefined && (min === undefined || c.weight >= min) && (max === undefined || c.weight <= max),
  );
  if (codes.length === 0) return undefined;
  return {
    behavior: 'any',
    enableWhen: codes.map((c) => ({
      question: item,
      operator: '=' as const,
      answerCoding: { system: answerSystem(questionnaire, item), code: c.code },
    })),
  };
}

function single(clause: FhirEnableWhen | undefined): Clauses | undefined {
  return clause && { behavior: 'all', enableWhen: [clause] };
}

/** `=` or `!=` against one answer value: a Coding for coded items, an integer for rulers. */
function compare(
  questionnaire: Questionnaire,
  items: ItemIndex,
  itemId: string,
  operator: '=' | '!=',
  value: AnswerValue,
): FhirEnableWhen | undefined {
  const target = items.get(itemId);
  if (!target) return undefined;
  if (target.type === 'ruler') return typeof value === 'number' ? { question: itemId, operator, answerInteger: value } : undefined;
  return { question: itemId, operator, answerCoding: { system: answerSystem(questionnaire, itemId), code: String(value) } };
}
