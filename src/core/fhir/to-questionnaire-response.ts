import { effectiveAnswers } from '../effective-answers';
import { indexItems } from '../evaluate-condition';
import { localize } from '../localize';
import type { Answers, Locale, Questionnaire, ScoreResult, TypedTexts } from '../types';
import { chosenTypedTexts } from '../placeholder-values';
import { answerCode } from './answer-coding';
import { answerSystem, canonicalUrl, scoreExtensions } from './fhir-systems';
import { fhirTextsFor, type FhirTexts } from './fhir-texts';
import type { FhirAnswer, FhirQuestionnaireResponse, FhirResponseItem } from './fhir-types';
import { nextStepResponseItems } from './next-step-items';
import { freeTextLinkId, resultLinkIds } from './result-link-ids';
import type { StepResponses } from '../steps/step-responses';
import { stageCoding, stageSnomedCoding } from './stage-coding';

/** Options of `toQuestionnaireResponse`. */
export interface QuestionnaireResponseOptions {
  /** ISO 8601 time the answers were completed (core has no clock). */
  readonly authored: string;
  /** Language of the item texts and answer displays. */
  readonly lang: Locale;
  /**
   * The client, when the clinician gave a reference: `Patient/123` becomes a literal reference,
   * anything else an identifier value.
   */
  readonly subjectReference?: string;
  /** The generated items' texts, for a language core has none for (default: core's for `lang`). */
  readonly texts?: Partial<FhirTexts>;
  /**
   * What the client wrote in the next step (and ruler follow-ups), for a complete result: carried
   * as valueString (choices as valueCoding) under the linkIds the exported Questionnaire declares.
   */
  readonly nextStep?: StepResponses;
  /** The words typed for an option with a text box, by question id: nested under its answer. */
  readonly typed?: TypedTexts;
}

/**
 * Builds a FHIR R4 QuestionnaireResponse from answers and their score, every text in `lang` (the
 * questionnaire's own; for the stage items core's, or `texts`): one item per answered, shown
 * question (choice and agreement answers as valueCoding, with the score as R5's itemWeight and R4's
 * ordinalValue extensions where scored; rulers as valueInteger), then one item per computed score (valueDecimal) and the
 * stage (linkId `stage`, or `stage-result` when a question is called `stage`; our code system,
 * plus SNOMED CT where a verified concept exists). Status is `completed` for a complete result,
 * `in-progress` otherwise.
 */
export function toQuestionnaireResponse(
  questionnaire: Questionnaire,
  answers: Answers,
  result: ScoreResult,
  options: QuestionnaireResponseOptions,
): FhirQuestionnaireResponse {
  const { lang } = options;
  const texts = fhirTextsFor(lang, options.texts);
  const counted = effectiveAnswers(questionnaire.items, answers, indexItems(questionnaire.items)).answers;
  const typed = chosenTypedTexts(questionnaire, counted, options.typed ?? {});
  const items: FhirResponseItem[] = [];
  for (const item of questionnaire.items) {
    if (!Object.hasOwn(counted, item.id)) continue;
    const value = counted[item.id]!;
    let answer: FhirAnswer;
    if (item.type === 'ruler') {
      answer = { valueInteger: Number(value) };
    } else {
      const code = answerCode(questionnaire, item, value, lang);
      answer = {
        valueCoding: {
          system: answerSystem(questionnaire, item.id),
          code: String(value),
          ...(code ? { display: code.display } : {}),
          ...(code?.weight === undefined ? {} : { extension: scoreExtensions(code.weight) }),
        },
      };
      const option = item.type === 'choice' ? item.options.find((o) => o.value === value) : undefined;
      const words = typed[item.id];
      if (option?.freeText && words) {
        answer = { ...answer, item: [{ linkId: freeTextLinkId(item.id, option.value), text: localize(option.freeText.label, lang), answer: [{ valueString: words }] }] };
      }
    }
    items.push({ linkId: item.id, text: localize(item.text, lang), answer: [answer] });
  }
  const linkIds = resultLinkIds(questionnaire);
  for (const score of result.scores) {
    if (score.value === null) continue;
    items.push({ linkId: linkIds.scores.get(score.id) ?? score.id, text: localize(score.label, lang), answer: [{ valueDecimal: score.value }] });
  }
  if (result.status === 'complete') {
    items.push({ linkId: linkIds.stage, text: texts.stage, answer: [{ valueCoding: stageCoding(result.stage, texts) }] });
    const snomed = stageSnomedCoding(result.stage);
    if (snomed) items.push({ linkId: linkIds.stageSnomed, text: texts.stageSnomed, answer: [{ valueCoding: snomed }] });
    if (options.nextStep) items.push(...nextStepResponseItems(questionnaire, result.stage, answers, options.nextStep, lang, texts));
  }
  const ref = options.subjectReference?.trim();
  return {
    resourceType: 'QuestionnaireResponse',
    language: lang,
    questionnaire: `${canonicalUrl(questionnaire)}|${questionnaire.version}`,
    status: result.status === 'complete' ? 'completed' : 'in-progress',
    ...(ref ? { subject: /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(ref) ? { reference: ref } : { identifier: { value: ref } } } : {}),
    authored: options.authored,
    item: items,
  };
}
