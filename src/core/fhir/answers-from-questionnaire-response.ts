import type { AnswerValue, Answers, Questionnaire } from '../types';
import type { FhirQuestionnaireResponse, FhirResponseItem } from './fhir-types';

/**
 * Reads the answers back from a QuestionnaireResponse made by `toQuestionnaireResponse` (or any
 * response to the same questionnaire): choice answers from valueCoding.code, agreement answers as
 * the number in the code (or a valueInteger), ruler answers from valueInteger. Items that are not
 * questions (scores, the stage) and answers that fit no option are left out.
 */
export function answersFromQuestionnaireResponse(
  questionnaire: Questionnaire,
  qr: FhirQuestionnaireResponse | { readonly item?: readonly FhirResponseItem[] },
): Answers {
  const answers: Record<string, AnswerValue> = {};
  const byId = new Map(questionnaire.items.map((item) => [item.id, item]));
  for (const responseItem of qr.item ?? []) {
    const item = byId.get(responseItem.linkId);
    const answer = responseItem.answer?.[0];
    if (!item || !answer) continue;
    if (item.type === 'ruler') {
      const v = answer.valueInteger ?? answer.valueDecimal;
      if (Number.isInteger(v) && v! >= item.min && v! <= item.max) answers[item.id] = v!;
    } else if (item.type === 'agreement') {
      const v = answer.valueCoding?.code !== undefined ? Number(answer.valueCoding.code) : answer.valueInteger;
      const options = questionnaire.responseSets?.[item.responseSet]?.options ?? [];
      if (v !== undefined && options.some((o) => o.value === v)) answers[item.id] = v;
    } else {
      const code = answer.valueCoding?.code;
      if (code !== undefined && item.options.some((o) => o.value === code)) answers[item.id] = code;
    }
  }
  return answers;
}
