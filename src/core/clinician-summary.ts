import { own } from './own';
import { effectiveAnswers } from './effective-answers';
import { evaluateFlags } from './flags/evaluate-flags';
import { conditionItems, indexItems } from './evaluate-condition';
import { answerDisplay, answerCodes } from './fhir/answer-coding';
import { localize } from './localize';
import { chosenTypedTexts } from './placeholder-values';
import { selectGuidance, type SelectedGuidance } from './select-guidance';
import type { Answers, BandEdge, FlagSeverity, Item, Locale, Questionnaire, ScoreResult, Stage, TypedTexts } from './types';

/** One named score as the clinician sees it, with the range its bar is drawn against. */
export interface SummaryScore {
  readonly id: string;
  readonly kind: 'scale' | 'composite' | 'ruler';
  readonly label: string;
  /** null when too many answers were missing (or a ruler was not answered). */
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly prorated: boolean;
}

/** One shown question and the answer chosen (null: left unanswered). */
export interface SummaryAnswer {
  readonly item: string;
  /** The question's number in the Answers list (1-based), as flags refer to it. */
  readonly number: number;
  readonly question: string;
  readonly answer: string | null;
  /** The client's own words, for an option with a text box ("Something else"): trimmed, when typed. */
  readonly typed?: string;
  /** Ids of the scales that score this item in reverse. */
  readonly reversedIn: readonly string[];
}

/** A question a flag refers to, as a clinician finds it in the summary's Answers list. */
export interface SummaryQuestionRef {
  readonly item: string;
  /** Its number in the Answers list; null when the question was not shown to the client (hidden by a condition). */
  readonly number: number | null;
  /** The question's full text (the flag's sentence shortens it). */
  readonly question: string;
}

/** A flag the questionnaire declares whose condition held: shown first, warnings before notes. */
export interface SummaryRaisedFlag {
  readonly id: string;
  readonly severity: FlagSeverity;
  /** The flag's message in the summary's language. */
  readonly message: string;
}

/**
 * A note on how a score was computed (shown under "How it was scored"). `missing` and `items`
 * keep the item ids (for audit and the JSON export); `questions` names the same items, in the same
 * order, as a person reads them.
 */
export type SummaryScoringNote = SummaryFlag;

/**
 * Something that qualifies a score. `missing` and `items` keep the item ids (for audit and the JSON
 * export); `questions` names the same items, in the same order, as a person reads them.
 */
export type SummaryFlag =
  | { readonly kind: 'incomplete'; readonly score: string; readonly label: string; readonly missing: readonly string[]; readonly questions: readonly SummaryQuestionRef[] }
  | { readonly kind: 'prorated'; readonly score: string; readonly label: string; readonly missing: readonly string[]; readonly questions: readonly SummaryQuestionRef[] }
  | { readonly kind: 'reverse-keyed'; readonly score: string; readonly label: string; readonly items: readonly string[]; readonly questions: readonly SummaryQuestionRef[] };

/** A question a deciding rule looks at, with the client's answer as the summary shows it. */
export interface SummaryRuleAnswer {
  readonly item: string;
  readonly question: string;
  /** The option's label (choice, agreement) or the number (ruler); null when not answered. */
  readonly answer: string | null;
  /** `number` for a ruler's answer (shown bare), `label` for an option's label (shown quoted). */
  readonly kind: 'label' | 'number';
}

/** How the stage was decided, with names a person can read. */
export type SummaryDecision =
  | {
      readonly method: 'rules';
      /** The rule's id, for audit; the sentence a clinician reads is built from `answers`. */
      readonly rule: string;
      /** Each question the rule's condition refers to, in questionnaire order, once each. */
      readonly answers: readonly SummaryRuleAnswer[];
    }
  | {
      readonly method: 'bands';
      readonly source: string;
      readonly sourceLabel: string;
      readonly value: number;
      readonly min?: BandEdge;
      readonly max?: BandEdge;
    }
  | { readonly method: 'highest'; readonly scale: string; readonly scaleLabel: string; readonly tiedWith: readonly string[] };

/** Everything the clinician summary shows, as plain data in one language. */
export interface ClinicianSummary {
  /** The summary's language (the clinician's choice). */
  readonly lang: Locale;
  /** The language the client answered in (on the record; never changed by `lang`). */
  readonly answeredIn: Locale;
  readonly completedAt: string;
  /** The clinician's client reference, when one was given. */
  readonly clientReference?: string;
  readonly questionnaire: {
    readonly id: string;
    readonly version: string;
    readonly title: string;
    readonly source: string;
    readonly licence: string;
    readonly citation?: string;
    readonly validated: boolean;
    readonly notes?: string;
  };
  readonly status: ScoreResult['status'];
  readonly stage: Stage | null;
  readonly decision: SummaryDecision | null;
  readonly scores: readonly SummaryScore[];
  readonly answers: readonly SummaryAnswer[];
  /** The questionnaire's flags that held, warnings first. */
  readonly flags: readonly SummaryRaisedFlag[];
  /** How the scores were computed: scales left blank or prorated, and reverse-scored questions. */
  readonly scoringNotes: readonly SummaryScoringNote[];
  readonly guidance: SelectedGuidance | null;
}

/** Inputs of `clinicianSummary`. */
export interface ClinicianSummaryInput {
  readonly questionnaire: Questionnaire;
  readonly answers: Answers;
  readonly result: ScoreResult;
  /** The summary's language. */
  readonly lang: Locale;
  /** The language the client answered in; default `lang`. */
  readonly answeredIn?: Locale;
  /** ISO 8601 time of completion (core has no clock). */
  readonly completedAt: string;
  readonly clientReference?: string;
  /** What the client typed for an option with a text box, by question id. */
  readonly texts?: TypedTexts;
}

/**
 * Builds the clinician summary's data: the stage and how it was decided, every named score
 * (scales, composites, rulers) with its possible range, each shown question with its answer,
 * flags (incomplete or prorated scales, reverse-keyed items), provenance, and the stage's guidance.
 */
export function clinicianSummary(input: ClinicianSummaryInput): ClinicianSummary {
  const { questionnaire: q, result, lang } = input;
  const index = indexItems(q.items);
  const { shown, answers } = effectiveAnswers(q.items, input.answers, index);
  const scales = q.scoring.scales ?? [];
  const labelOf = (id: string): string => {
    const s = result.scores.find((x) => x.id === id);
    return s ? localize(s.label, lang) : id;
  };

  const scores: SummaryScore[] = result.scores.map((s) => ({
    id: s.id,
    kind: s.kind,
    label: localize(s.label, lang),
    value: s.value,
    ...scoreRange(q, s.id),
    prorated: s.prorated,
  }));
  for (const item of shown) {
    if (item.type !== 'ruler') continue;
    const v = own(answers, item.id);
    scores.push({
      id: item.id,
      kind: 'ruler',
      label: localize(item.text, lang),
      value: typeof v === 'number' ? v : null,
      min: item.min,
      max: item.max,
      prorated: false,
    });
  }

  // Flags name questions by their number in the Answers list (shown items, in order).
  const numberOf = new Map(shown.map((item, i) => [item.id, i + 1]));
  const refs = (ids: readonly string[]): SummaryQuestionRef[] =>
    ids.map((id) => {
      const item = index.get(id);
      return { item: id, number: numberOf.get(id) ?? null, question: item ? localize(item.text, lang) : id };
    });
  const notes: SummaryScoringNote[] = [];
  for (const s of result.scores) {
    const label = localize(s.label, lang);
    if (s.value === null && s.kind === 'scale') notes.push({ kind: 'incomplete', score: s.id, label, missing: s.missing, questions: refs(s.missing) });
    else if (s.prorated) notes.push({ kind: 'prorated', score: s.id, label, missing: s.missing, questions: refs(s.missing) });
    if (s.reversed.length > 0) notes.push({ kind: 'reverse-keyed', score: s.id, label, items: s.reversed, questions: refs(s.reversed) });
  }
  // An invalid answer set was not scored; its flags would be read from answers that do not count.
  const flags: SummaryRaisedFlag[] =
    result.status === 'invalid'
      ? []
      : evaluateFlags(q, answers, result.scores).map((f) => ({ id: f.id, severity: f.severity, message: localize(f.flag.message, lang) }));

  const d = result.status === 'complete' ? result.decidedBy : null;
  let decision: SummaryDecision | null = null;
  if (d?.method === 'rules') {
    const m = q.scoring.stage[d.methodIndex];
    const when = m?.type === 'rules' ? m.rules.find((r) => r.id === d.rule)?.when : undefined;
    const referred = new Set(when ? conditionItems(when) : []);
    decision = {
      method: 'rules',
      rule: d.rule,
      answers: q.items
        .filter((item) => referred.has(item.id))
        .map((item) => ({
          item: item.id,
          question: localize(item.text, lang),
          answer: Object.hasOwn(answers, item.id) ? answerDisplay(q, item, answers[item.id]!, lang) : null,
          kind: item.type === 'ruler' ? 'number' : 'label',
        })),
    };
  }
  if (d?.method === 'highest') {
    decision = { method: 'highest', scale: d.scale, scaleLabel: labelOf(d.scale), tiedWith: d.tiedWith.map(labelOf) };
  }
  if (d?.method === 'bands') {
    const m = q.scoring.stage[d.methodIndex];
    const band = m?.type === 'bands' ? m.bands[d.band] : undefined;
    decision = {
      method: 'bands',
      source: d.source,
      sourceLabel: labelOf(d.source),
      value: d.value,
      ...(band?.min ? { min: band.min } : {}),
      ...(band?.max ? { max: band.max } : {}),
    };
  }

  const typedWords = chosenTypedTexts(q, answers, input.texts ?? {});
  const p = q.provenance;
  return {
    lang,
    answeredIn: input.answeredIn ?? lang,
    completedAt: input.completedAt,
    ...(input.clientReference?.trim() ? { clientReference: input.clientReference.trim() } : {}),
    questionnaire: {
      id: q.id,
      version: q.version,
      title: localize(q.title, lang),
      source: localize(p.source, lang),
      licence: p.licence,
      ...(p.citation ? { citation: p.citation } : {}),
      validated: p.validated,
      ...(p.notes ? { notes: localize(p.notes, lang) } : {}),
    },
    status: result.status,
    stage: result.status === 'complete' ? result.stage : null,
    decision,
    scores,
    answers: shown.map((item, i) => {
      const typed = typedWords[item.id];
      return {
        item: item.id,
        number: i + 1,
        question: localize(item.text, lang),
        answer: Object.hasOwn(answers, item.id) ? answerDisplay(q, item, answers[item.id]!, lang) : null,
        ...(typed ? { typed } : {}),
        reversedIn: scales.filter((s) => s.reverse?.includes(item.id)).map((s) => s.id),
      };
    }),
    flags,
    scoringNotes: notes,
    guidance: result.status === 'complete' ? selectGuidance(q, result.stage, input.answers, lang, input.texts) : null,
  };
}

/** The lowest and highest value a scale or composite can take, for drawing its bar. */
export function scoreRange(q: Questionnaire, id: string): { min: number; max: number } {
  const byId = new Map(q.items.map((item) => [item.id, item]));
  const scale = q.scoring.scales?.find((s) => s.id === id);
  if (scale) {
    const ranges = scale.items.map((itemId) => itemRange(q, byId.get(itemId)));
    if (scale.aggregate === 'mean') {
      return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
    }
    return ranges.reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
  }
  const composite = q.scoring.composites?.find((c) => c.id === id);
  if (composite) {
    return composite.terms.reduce(
      (a, t) => {
        const r = scoreRange(q, t.scale);
        const lo = t.weight >= 0 ? r.min : r.max;
        const hi = t.weight >= 0 ? r.max : r.min;
        return { min: a.min + t.weight * lo, max: a.max + t.weight * hi };
      },
      { min: 0, max: 0 },
    );
  }
  return { min: 0, max: 0 };
}

function itemRange(q: Questionnaire, item: Item | undefined): { min: number; max: number } {
  if (!item) return { min: 0, max: 0 };
  if (item.type === 'ruler') return { min: item.min, max: item.max };
  const weights = answerCodes(q, item, q.locales[0] ?? 'en').flatMap((c) => (c.weight === undefined ? [] : [c.weight]));
  return weights.length > 0 ? { min: Math.min(...weights), max: Math.max(...weights) } : { min: 0, max: 0 };
}
