import { localize } from '../localize';
import { STEP_LIMITS } from '../steps/step-limits';
import { compactResponses, maxLengthOf, stageStep, type IfThenPair, type StepResponses, type StepValue } from '../steps/step-responses';
import { STAGES, type Answers, type Locale, type Questionnaire, type Stage, type StepPart } from '../types';
import { answerSystem } from './fhir-systems';
import type { FhirTexts } from './fhir-texts';
import type { FhirQuestionnaire, FhirQuestionnaireItem, FhirQuestionnaireResponse, FhirResponseItem } from './fhir-types';

/**
 * linkIds of the next step's items. Item ids cannot hold a dot, so none of these can collide
 * with a question's id: `ruler-answer.<ruler id>`, `next-step.<stage>` (a group), and
 * `next-step.<stage>.<part id>` (with `.if` and `.then` inside an if–then pair).
 */
export const rulerAnswerLinkId = (item: string): string => `ruler-answer.${item}`;
export const stepLinkId = (stage: Stage): string => `next-step.${stage}`;
export const partLinkId = (stage: Stage, part: string): string => `next-step.${stage}.${part}`;

/**
 * The Questionnaire items that declare what a client may write after the questions: one `text`
 * item per ruler with follow-ups, and one group per stage's step with an item per part (`pick`
 * → `choice` repeating, with the options as codings; `texts` → `string` repeating; `ifThen` → a
 * repeating group of two `string` items; `text` → `text`). All optional, with their length limits.
 */
export function nextStepQuestionnaireItems(questionnaire: Questionnaire, lang: Locale, texts: FhirTexts): FhirQuestionnaireItem[] {
  const items: FhirQuestionnaireItem[] = [];
  for (const item of questionnaire.items) {
    if (item.type !== 'ruler' || !item.followUps?.length) continue;
    items.push({ linkId: rulerAnswerLinkId(item.id), text: texts.rulerAnswer(localize(item.text, lang)), type: 'text', maxLength: STEP_LIMITS.rulerAnswer });
  }
  for (const stage of STAGES) {
    const step = stageStep(questionnaire, stage);
    if (!step) continue;
    items.push({
      linkId: stepLinkId(stage),
      text: `${texts.stageNames[stage]}: ${localize(step.title, lang)}`,
      type: 'group',
      item: step.parts.map((part) => partItem(questionnaire, stage, part, lang, texts)),
    });
  }
  return items;
}

function partItem(questionnaire: Questionnaire, stage: Stage, part: StepPart, lang: Locale, texts: FhirTexts): FhirQuestionnaireItem {
  const linkId = partLinkId(stage, part.id);
  const text = localize(part.prompt, lang);
  const maxLength = maxLengthOf(part);
  switch (part.type) {
    case 'pick':
      return {
        linkId,
        text,
        type: 'choice',
        repeats: true,
        answerOption: part.options.map((o) => ({
          valueCoding: { system: answerSystem(questionnaire, linkId), code: o.value, display: localize(o.label, lang) },
        })),
      };
    case 'texts':
      return { linkId, text, type: 'string', repeats: true, maxLength };
    case 'ifThen':
      return {
        linkId,
        text,
        type: 'group',
        repeats: true,
        item: [
          { linkId: `${linkId}.if`, text: texts.ifText, type: 'string', maxLength },
          { linkId: `${linkId}.then`, text: texts.thenText, type: 'string', maxLength },
        ],
      };
    case 'text':
      return { linkId, text, type: 'text', maxLength };
  }
}

/**
 * The response items for what the client wrote (blanks left out): each answered ruler follow-up
 * as `valueString`, then the stage's group with one item per part that has words or choices
 * (texts as `valueString`, choices as `valueCoding`). Nothing when nothing was written.
 */
export function nextStepResponseItems(
  questionnaire: Questionnaire,
  stage: Stage,
  answers: Answers,
  responses: StepResponses,
  lang: Locale,
  texts: FhirTexts,
): FhirResponseItem[] {
  const kept = compactResponses(questionnaire, stage, answers, responses);
  const items: FhirResponseItem[] = [];
  for (const item of questionnaire.items) {
    const text = kept.rulers[item.id];
    if (text === undefined) continue;
    items.push({ linkId: rulerAnswerLinkId(item.id), text: texts.rulerAnswer(localize(item.text, lang)), answer: [{ valueString: text }] });
  }
  const step = stageStep(questionnaire, stage);
  if (!step) return items;
  const parts: FhirResponseItem[] = [];
  for (const part of step.parts) {
    const value = kept.parts[part.id];
    if (value === undefined) continue;
    parts.push(...partResponse(questionnaire, stage, part, value, lang, texts));
  }
  if (parts.length > 0) items.push({ linkId: stepLinkId(stage), text: `${texts.stageNames[stage]}: ${localize(step.title, lang)}`, item: parts });
  return items;
}

function partResponse(questionnaire: Questionnaire, stage: Stage, part: StepPart, value: StepValue, lang: Locale, texts: FhirTexts): FhirResponseItem[] {
  const linkId = partLinkId(stage, part.id);
  const text = localize(part.prompt, lang);
  switch (part.type) {
    case 'pick':
      return [
        {
          linkId,
          text,
          answer: (value as readonly string[]).map((code) => ({
            valueCoding: {
              system: answerSystem(questionnaire, linkId),
              code,
              display: localize(part.options.find((o) => o.value === code)!.label, lang),
            },
          })),
        },
      ];
    case 'texts':
      return [{ linkId, text, answer: (value as readonly string[]).map((valueString) => ({ valueString })) }];
    case 'ifThen':
      // A repeating group: one item per pair, each half only when written.
      return (value as readonly IfThenPair[]).map((pair) => ({
        linkId,
        text,
        item: [
          ...(pair.if ? [{ linkId: `${linkId}.if`, text: texts.ifText, answer: [{ valueString: pair.if }] }] : []),
          ...(pair.then ? [{ linkId: `${linkId}.then`, text: texts.thenText, answer: [{ valueString: pair.then }] }] : []),
        ],
      }));
    case 'text':
      return [{ linkId, text, answer: [{ valueString: value as string }] }];
  }
}

/**
 * Reads the next step back from a QuestionnaireResponse: the stage whose group it holds (the
 * first, when a response holds several) and what was written, as compact responses. Values that
 * fit no part (an unknown code, a missing text) are left out. Null without any next-step item.
 */
export function stepResponsesFromQuestionnaireResponse(
  questionnaire: Questionnaire,
  qr: FhirQuestionnaireResponse,
): { readonly stage: Stage | null; readonly responses: StepResponses } | null {
  const rulers: Record<string, string> = {};
  const parts: Record<string, StepValue> = {};
  let stage: Stage | null = null;
  let found = false;
  for (const top of qr.item ?? []) {
    const ruler = questionnaire.items.find((i) => i.type === 'ruler' && rulerAnswerLinkId(i.id) === top.linkId);
    const said = top.answer?.[0]?.valueString;
    if (ruler && typeof said === 'string') {
      rulers[ruler.id] = said;
      found = true;
      continue;
    }
    const s = STAGES.find((x) => stepLinkId(x) === top.linkId);
    const step = s && stageStep(questionnaire, s);
    if (!s || !step || stage !== null) continue;
    stage = s;
    found = true;
    for (const part of step.parts) {
      const mine = (top.item ?? []).filter((i) => i.linkId === partLinkId(s, part.id));
      if (mine.length === 0) continue;
      const strings = (mine[0]!.answer ?? []).map((a) => a.valueString).filter((t): t is string => typeof t === 'string');
      if (part.type === 'pick') {
        const codes = (mine[0]!.answer ?? []).map((a) => a.valueCoding?.code).filter((c): c is string => part.options.some((o) => o.value === c));
        if (codes.length) parts[part.id] = codes;
      } else if (part.type === 'texts') {
        if (strings.length) parts[part.id] = strings;
      } else if (part.type === 'text') {
        if (strings[0] !== undefined) parts[part.id] = strings[0];
      } else {
        const half = (group: FhirResponseItem, end: 'if' | 'then') =>
          group.item?.find((i) => i.linkId === `${partLinkId(s, part.id)}.${end}`)?.answer?.[0]?.valueString ?? '';
        const pairs = mine.map((g) => ({ if: half(g, 'if'), then: half(g, 'then') })).filter((p) => p.if || p.then);
        if (pairs.length) parts[part.id] = pairs;
      }
    }
  }
  return found ? { stage, responses: { parts, rulers } } : null;
}

/** Whether a FHIR Questionnaire declares a linkId, at any depth (for tests and importers). */
export function declaresLinkId(fhir: FhirQuestionnaire | { readonly item?: readonly FhirQuestionnaireItem[] }, linkId: string): boolean {
  return (fhir.item ?? []).some((i) => i.linkId === linkId || declaresLinkId(i, linkId));
}
