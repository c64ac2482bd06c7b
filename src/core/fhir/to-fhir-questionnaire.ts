import { scoreRange } from '../clinician-summary';
import { indexItems } from '../evaluate-condition';
import { localize } from '../localize';
import { STAGES, type Item, type Locale, type Questionnaire } from '../types';
import { answerCodes } from './answer-coding';
import {
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  ORDINAL_VALUE_URL,
  SHOW_IF_URL,
  STAGE_SNOMED,
  answerSystem,
  canonicalUrl,
  scoreExtensions,
} from './fhir-systems';
import { fhirTextsFor, type FhirTexts } from './fhir-texts';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './fhir-types';
import { nextStepQuestionnaireItems } from './next-step-items';
import { freeTextLinkId, resultLinkIds } from './result-link-ids';
import { stageCoding, stageSnomedCoding } from './stage-coding';
import { toEnableWhen } from './to-enable-when';

/**
 * Exports a questionnaire as a FHIR R4 Questionnaire in one language, so an EHR or LHC-Forms can
 * render it: choice and agreement items as `choice` with answerOption codings (scores as R5's itemWeight
 * and R4's ordinalValue extensions, on the option and ordinalValue on its coding), rulers as `integer` with minValue/maxValue, simple `showIf` conditions as
 * enableWhen (complex ones as a `urn:stages-quiz:show-if` extension holding the condition as JSON),
 * and read-only items for the computed scores (with the range each can take as minValue/maxValue)
 * and the stage that responses carry, then the optional items for what a client writes after the
 * questions (see next-step-items.ts). Every text is in
 * `lang`: the questionnaire's own, and for the stage items core's (English and Spanish; `texts`
 * supplies them for another language).
 */
export function toFhirQuestionnaire(
  questionnaire: Questionnaire,
  lang: Locale,
  options: { readonly texts?: Partial<FhirTexts> } = {},
): FhirQuestionnaire {
  const texts = fhirTextsFor(lang, options.texts);
  const index = indexItems(questionnaire.items);
  const items: FhirQuestionnaireItem[] = questionnaire.items.map((item) => questionItem(questionnaire, item, lang, index));
  const scoring = questionnaire.scoring;
  const linkIds = resultLinkIds(questionnaire);
  for (const score of [...(scoring.scales ?? []), ...(scoring.composites ?? [])]) {
    // The range the score can take, so a bare number in a response can be read against its scale.
    const { min, max } = scoreRange(questionnaire, score.id);
    items.push({
      linkId: linkIds.scores.get(score.id)!,
      text: localize(score.label, lang),
      type: 'decimal',
      readOnly: true,
      extension: [
        { url: MIN_VALUE_URL, valueDecimal: min },
        { url: MAX_VALUE_URL, valueDecimal: max },
      ],
    });
  }
  items.push({
    linkId: linkIds.stage,
    text: texts.stage,
    type: 'choice',
    readOnly: true,
    answerOption: STAGES.map((s) => ({ valueCoding: stageCoding(s, texts) })),
  });
  items.push({
    linkId: linkIds.stageSnomed,
    text: texts.stageSnomed,
    type: 'choice',
    readOnly: true,
    answerOption: STAGES.filter((s) => STAGE_SNOMED[s]).map((s) => ({ valueCoding: stageSnomedCoding(s)! })),
  });
  // What a client may write after the questions (ruler follow-ups, the stage's next step).
  items.push(...nextStepQuestionnaireItems(questionnaire, lang, texts));
  const { provenance } = questionnaire;
  return {
    resourceType: 'Questionnaire',
    language: lang,
    url: canonicalUrl(questionnaire),
    version: questionnaire.version,
    name: questionnaire.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    title: localize(questionnaire.title, lang),
    status: 'active',
    description: localize(questionnaire.introduction, lang),
    copyright: copyrightText([localize(provenance.source, lang), provenance.licence, provenance.citation]),
    item: items,
  };
}

function questionItem(
  questionnaire: Questionnaire,
  item: Item,
  lang: Locale,
  index: ReturnType<typeof indexItems>,
): FhirQuestionnaireItem {
  const extension = [];
  let enable: Pick<FhirQuestionnaireItem, 'enableWhen' | 'enableBehavior'> = {};
  if (item.showIf) {
    const clauses = toEnableWhen(questionnaire, item.showIf, index);
    if (clauses) {
      enable = { enableWhen: clauses.enableWhen, ...(clauses.enableWhen.length > 1 ? { enableBehavior: clauses.behavior } : {}) };
    } else {
      extension.push({ url: SHOW_IF_URL, valueString: JSON.stringify(item.showIf) });
    }
  }
  const base = { linkId: item.id, text: localize(item.text, lang), required: item.required, ...enable };
  if (item.type === 'ruler') {
    extension.push({ url: MIN_VALUE_URL, valueInteger: item.min }, { url: MAX_VALUE_URL, valueInteger: item.max });
    return { ...base, type: 'integer', extension };
  }
  return {
    ...base,
    type: 'choice',
    answerOption: answerCodes(questionnaire, item, lang).map((c) => ({
      valueCoding: {
        system: answerSystem(questionnaire, item.id),
        code: c.code,
        display: c.display,
        // R4's ordinalValue is defined on Coding too: readers that look only at the coding find the score.
        ...(c.weight === undefined ? {} : { extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: c.weight }] }),
      },
      ...(c.weight === undefined ? {} : { extension: scoreExtensions(c.weight) }),
    })),
    ...(extension.length > 0 ? { extension } : {}),
    ...freeTextItems(questionnaire, item, lang),
  };
}

/**
 * An option with a text box ("Something else: in a few words") as a `string` item nested under the
 * question, enabled when that option is chosen: the coded answer stays, with the words beneath it.
 */
function freeTextItems(questionnaire: Questionnaire, item: Item, lang: Locale): Pick<FhirQuestionnaireItem, 'item'> {
  if (item.type !== 'choice') return {};
  const nested = item.options.flatMap((option) =>
    option.freeText
      ? [
          {
            linkId: freeTextLinkId(item.id, option.value),
            text: localize(option.freeText.label, lang),
            type: 'string' as const,
            maxLength: option.freeText.maxLength,
            enableWhen: [{ question: item.id, operator: '=' as const, answerCoding: { system: answerSystem(questionnaire, item.id), code: option.value } }],
          },
        ]
      : [],
  );
  return nested.length > 0 ? { item: nested } : {};
}

/** Provenance parts as sentences: a part that already ends a sentence gets no second full stop. */
export function copyrightText(parts: readonly (string | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .map((p, i, all) => (i < all.length - 1 && !/[.!?…]$/u.test(p) ? `${p}.` : p))
    .join(' ');
}
