/**
 * The questionnaire format and the scorer's result, as TypeScript types.
 *
 * A questionnaire is plain JSON (see questionnaire/questionnaire.schema.json). It is checked once,
 * at the boundary, by `parseQuestionnaire`; everything inside the package works on these types.
 * Scoring is declared as data: there are no expression strings and nothing is evaluated at run time.
 */

/** The five stages of change, in their natural order. */
export const STAGES = [
  'precontemplation',
  'contemplation',
  'preparation',
  'action',
  'maintenance',
] as const;

/** One of the five stages of change. */
export type Stage = (typeof STAGES)[number];

/** A BCP 47 language tag declared by the questionnaire, e.g. `en` or `es`. */
export type Locale = string;

/** Human-readable text in every locale the questionnaire declares, e.g. `{ "en": "Hi", "es": "Hola" }`. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** A questionnaire: its items, how it is scored, and the guidance shown for each stage. */
export interface Questionnaire {
  /** Optional pointer to the JSON Schema, for authors' editors. Ignored at run time. */
  readonly $schema?: string;
  /** Stable identifier, lower-case letters, digits and dashes, e.g. `quick`. */
  readonly id: string;
  /** The questionnaire's own version, e.g. `1.0.0`; travels with every result. */
  readonly version: string;
  /** Canonical https URL, used as the FHIR Questionnaire.url. */
  readonly url?: string;
  /** Locales with a translation for every text; the first is the default. */
  readonly locales: readonly Locale[];
  readonly title: LocalizedText;
  /** Shown on the introduction screen. */
  readonly introduction: LocalizedText;
  /** Rough time to complete, shown on the introduction screen. */
  readonly estimatedMinutes?: number;
  readonly provenance: Provenance;
  /** Shared answer options for agreement items, keyed by id (e.g. `agree5`). */
  readonly responseSets?: Readonly<Record<string, ResponseSet>>;
  /** The questions, in the order they are asked. */
  readonly items: readonly Item[];
  readonly scoring: Scoring;
  /** Guidance for every one of the five stages. */
  readonly guidance: Readonly<Record<Stage, StageGuidance>>;
  /**
   * Optional short exercises offered after the result, matched to the stage (see
   * src/core/steps/). A stage without an entry offers none.
   */
  readonly nextSteps?: NextSteps;
  /**
   * Blanks in guidance texts filled from answers, keyed by name: `{change}` in a reflection
   * becomes the change the person named (the chosen option's `phrase`, or the words they typed).
   */
  readonly placeholders?: Readonly<Record<string, Placeholder>>;
  /** What the clinician summary points out first: patterns in the answers worth a conversation. */
  readonly flags?: readonly Flag[];
}

/** A guidance blank filled from a choice item's answer. */
export interface Placeholder {
  /** A choice item's id. */
  readonly item: string;
  /** Used when the item is unanswered or hidden, e.g. "this change". */
  readonly fallback: LocalizedText;
}

/** Where a questionnaire comes from; clinicians see this next to every result. */
export interface Provenance {
  /** Who wrote it, or which published instrument it expresses. */
  readonly source: LocalizedText;
  /** Licence, or the citation a practice must give. */
  readonly licence: string;
  readonly citation?: string;
  /** Where to read more about the source: https: only. */
  readonly link?: string;
  /** True only for a published, validated instrument loaded with its real item texts. */
  readonly validated: boolean;
  /** Anything a clinician should know when reading the scores. */
  readonly notes?: LocalizedText;
}

/** An ordered set of numeric answer options shared by agreement items. */
export interface ResponseSet {
  /** Options in display order; values are distinct integers. */
  readonly options: readonly { readonly value: number; readonly label: LocalizedText }[];
}

/** Fields every item has. */
export interface ItemBase {
  /** Unique within the questionnaire; the FHIR linkId. Letters, digits, `-` and `_`. */
  readonly id: string;
  readonly text: LocalizedText;
  /** A short hint under the question. */
  readonly help?: LocalizedText;
  /** A required item must be answered whenever it is shown. */
  readonly required: boolean;
  /** Shown only when this condition holds on earlier answers; hidden items are never scored. */
  readonly showIf?: Condition;
}

/** One answer from a list; the answer is the option's `value`. */
export interface ChoiceItem extends ItemBase {
  readonly type: 'choice';
  readonly options: readonly ChoiceOption[];
}

export interface ChoiceOption {
  /** Stable value stored in answers and exports (FHIR code). */
  readonly value: string;
  readonly label: LocalizedText;
  /** Numeric score, needed when the item feeds a scale. */
  readonly score?: number;
  /** How the option reads inside a sentence, for guidance placeholders ("your drinking"); default: the label. */
  readonly phrase?: LocalizedText;
  /** When chosen, the person may type a few words (optional for them), used in place of `phrase`. */
  readonly freeText?: FreeTextField;
}

/** A short text box shown under a chosen option ("Something else: in a few words"). */
export interface FreeTextField {
  readonly label: LocalizedText;
  /** At most this many characters, 1–120. */
  readonly maxLength: number;
}

/** Words the person typed, keyed by item id. Theirs: never in answers, scores or host events. */
export type TypedTexts = Readonly<Record<string, string>>;

/** An agreement scale (e.g. 5-point); the answer is the chosen option's numeric value. */
export interface AgreementItem extends ItemBase {
  readonly type: 'agreement';
  /** Key into `responseSets`. */
  readonly responseSet: string;
}

/** A 0–10 ruler (importance, confidence); the answer is an integer in [min, max]. */
export interface RulerItem extends ItemBase {
  readonly type: 'ruler';
  readonly min: number;
  readonly max: number;
  readonly minLabel: LocalizedText;
  readonly maxLabel: LocalizedText;
  /**
   * Follow-up prompts shown with the result, chosen by the answer. `{value}`, `{lower}` and
   * `{higher}` are replaced by the answer, a number below it and the number one above it (MI asks
   * "why not lower?" and "what would move you one point up?", never "why not higher?").
   */
  readonly followUps?: readonly RulerFollowUp[];
}

export interface RulerFollowUp {
  /** Inclusive range of answers this prompt fits; absent means unbounded. */
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly text: LocalizedText;
}

export type Item = ChoiceItem | AgreementItem | RulerItem;
export type ItemType = Item['type'];

/** A single answer: an option value for choice items, a number for agreement and ruler items. */
export type AnswerValue = string | number;

/** Answers keyed by item id. Absent means unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * A condition on earlier answers. A condition on an unanswered (or hidden) item is false,
 * except `answered: false`.
 */
export type Condition =
  | { readonly item: string; readonly equals: AnswerValue }
  | { readonly item: string; readonly oneOf: readonly AnswerValue[] }
  /** Inclusive numeric range on the answer (agreement/ruler values, or a choice option's score). */
  | { readonly item: string; readonly range: { readonly min?: number; readonly max?: number } }
  | { readonly item: string; readonly answered: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * A test on a scale's or composite's value (its id in `score`), for flags only: showIf and rules
 * run before any score exists. `range` is inclusive, as for items; a score left unscored (too many
 * answers missing) is in no range, and `scored: false` is true of it.
 */
export type ScoreTest =
  | { readonly score: string; readonly range: { readonly min?: number; readonly max?: number } }
  | { readonly score: string; readonly scored: boolean };

/** A flag's condition: the condition language over answers, plus tests on scores. */
export type FlagCondition =
  | Condition
  | ScoreTest
  | { readonly all: readonly FlagCondition[] }
  | { readonly any: readonly FlagCondition[] }
  | { readonly not: FlagCondition };

/** How much a flag asks of the clinician: `warning` is worth raising with the client; `info` is context. */
export type FlagSeverity = 'warning' | 'info';

/** A pattern in the answers and scores that the clinician summary points out, declared as data. */
export interface Flag {
  /** Unique among the flags; kept in exports for audit. */
  readonly id: string;
  readonly when: FlagCondition;
  readonly severity: FlagSeverity;
  /** What the clinician reads: about the person and what may be worth asking, not a verdict. */
  readonly message: LocalizedText;
}

/** How answers become scores and a stage. */
export interface Scoring {
  /** Named scales: sums or means over items. */
  readonly scales?: readonly Scale[];
  /** Weighted sums of scales, e.g. URICA readiness = C + A + M − PC. */
  readonly composites?: readonly Composite[];
  /**
   * Methods tried in order; the first that yields a stage decides. The last one must always
   * yield a stage once every shown required item is answered (the validator checks this).
   */
  readonly stage: readonly StageMethod[];
}

export interface Scale {
  readonly id: string;
  readonly label: LocalizedText;
  /** Item ids whose numeric values feed the scale (choice items need option scores). */
  readonly items: readonly string[];
  /** Items scored in reverse: min + max − value, with the item's own min and max. */
  readonly reverse?: readonly string[];
  readonly aggregate: 'sum' | 'mean';
  /**
   * At most this many items may be missing; a sum is then prorated (sum × n / answered) and a
   * mean taken over the answered items. More missing makes the scale incomplete. Default 0.
   */
  readonly maxMissing?: number;
}

export interface Composite {
  readonly id: string;
  readonly label: LocalizedText;
  /** Weighted sum of scale values; a composite is incomplete when any term's scale is. */
  readonly terms: readonly { readonly scale: string; readonly weight: number }[];
}

export type StageMethod = RulesMethod | BandsMethod | HighestMethod;

/** Ordered rules; the first whose condition holds decides. */
export interface RulesMethod {
  readonly type: 'rules';
  readonly rules: readonly StageRule[];
}

export interface StageRule {
  /**
   * Names the rule in results and exports, for audit; people read the answers it looked at
   * instead. Unique within the method.
   */
  readonly id: string;
  readonly when: Condition;
  readonly stage: Stage;
}

/** Bands on a scale or composite value; together they must cover every number exactly once. */
export interface BandsMethod {
  readonly type: 'bands';
  /** A scale or composite id. */
  readonly source: string;
  /** Ordered from low to high. The first has no `min`, the last no `max`. */
  readonly bands: readonly Band[];
}

export interface Band {
  readonly stage: Stage;
  readonly min?: BandEdge;
  readonly max?: BandEdge;
}

export interface BandEdge {
  readonly value: number;
  /** Whether the edge value itself belongs to this band. */
  readonly inclusive: boolean;
}

/** The scale with the highest value decides; ties go to the stage listed first in `tieBreak`. */
export interface HighestMethod {
  readonly type: 'highest';
  readonly scales: readonly { readonly scale: string; readonly stage: Stage }[];
  /** Every stage named in `scales`, in order of preference when values tie. */
  readonly tieBreak: readonly Stage[];
}

/** Stage-specific guidance in MI's spirit. */
export interface StageGuidance {
  readonly headline: LocalizedText;
  /** A short, warm reflection of where the person is. */
  readonly reflection: LocalizedText;
  /** What tends to help at this stage. */
  readonly helps: readonly LocalizedText[];
  /** Two or three open questions to reflect on. */
  readonly questions: readonly LocalizedText[];
  /** That slips are part of change, where it fits. */
  readonly slipNote?: LocalizedText;
  /** Further reading or resources; https:, mailto: or tel: links only. */
  readonly links?: readonly GuidanceLink[];
  /** Blocks shown only when the answers match their condition (e.g. a slip reported), in order. */
  readonly blocks?: readonly GuidanceBlock[];
}

/** Guidance that applies only when the answers match `when` (the same conditions as skip logic). */
export interface GuidanceBlock {
  readonly when: Condition;
  readonly heading: LocalizedText;
  readonly text: LocalizedText;
  /** Shown instead of the stage's `slipNote` (a slip reported replaces the "if you slip" note). */
  readonly replacesSlipNote?: boolean;
}

export interface GuidanceLink {
  readonly label: LocalizedText;
  /** https:, mailto: or tel: only (the validator rejects anything else). */
  readonly href: string;
}

// ---------------------------------------------------------------------------------------------
// The next step: optional exercises after the result, in the person's own words

/** The exercise offered at each stage; a stage left out offers none. */
export type NextSteps = Readonly<Partial<Record<Stage, StageStep>>>;

/** One stage's exercise: a few parts, each skippable, and what "My plan" says around the answers. */
export interface StageStep {
  /** The exercise's name, e.g. "What matters to you"; heads every part and the plan. */
  readonly title: LocalizedText;
  /** One inviting line on the result screen, beside the button that opens the exercise. */
  readonly invitation: LocalizedText;
  /** The parts, asked one per screen in this order (1–8). */
  readonly parts: readonly StepPart[];
  /** A short affirmation shown at the top of "My plan", e.g. "These are your words…". */
  readonly affirmation: LocalizedText;
}

/** Fields every part has. */
export interface StepPartBase {
  /** Unique within the stage's step. Letters, digits, `-` and `_`. Part of the FHIR linkId. */
  readonly id: string;
  /** The question the part asks; it is the part's heading, and its heading in "My plan". */
  readonly prompt: LocalizedText;
  readonly help?: LocalizedText;
  /** Offered only when this condition holds on the quiz's answers (the skip-logic language). */
  readonly showIf?: Condition;
}

/** Choose up to `max` from a list (values, say). */
export interface PickPart extends StepPartBase {
  readonly type: 'pick';
  /** 1 up to the number of options. */
  readonly max: number;
  /** 2–24 options with distinct values. */
  readonly options: readonly { readonly value: string; readonly label: LocalizedText }[];
}

/** A few short texts answering one prompt (reasons, signs). */
export interface TextsPart extends StepPartBase {
  readonly type: 'texts';
  /** How many boxes: 1–5. */
  readonly count: number;
  /** Characters per box: 10–300, default 120. */
  readonly maxLength?: number;
}

/** "If ___, I will ___" pairs. */
export interface IfThenPart extends StepPartBase {
  readonly type: 'ifThen';
  /** How many pairs: 1–4. */
  readonly count: number;
  /** Characters per half: 10–300, default 120. */
  readonly maxLength?: number;
}

/** One free text. */
export interface TextPart extends StepPartBase {
  readonly type: 'text';
  /** Characters: 10–1000, default 500. */
  readonly maxLength?: number;
}

export type StepPart = PickPart | TextsPart | IfThenPart | TextPart;
export type StepPartType = StepPart['type'];

// ---------------------------------------------------------------------------------------------
// Validation

/** One problem found in a questionnaire: where (a JSON path such as `items[3].options[1].value`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly questionnaire: Questionnaire }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// ---------------------------------------------------------------------------------------------
// Scoring results

/** A computed scale or composite. */
export interface ScoreValue {
  readonly id: string;
  readonly kind: 'scale' | 'composite';
  readonly label: LocalizedText;
  /** The value, or null when too many of its answers are missing. */
  readonly value: number | null;
  /** Items (for a scale) that were missing. */
  readonly missing: readonly string[];
  /** True when a scale was computed with missing items (prorated sum or mean of fewer items). */
  readonly prorated: boolean;
  /** Reverse-keyed items that fed this scale. */
  readonly reversed: readonly string[];
}

/** Which method decided the stage, and how. */
export type Decision =
  | { readonly method: 'rules'; readonly methodIndex: number; readonly rule: string }
  | {
      readonly method: 'bands';
      readonly methodIndex: number;
      readonly source: string;
      readonly value: number;
      readonly band: number;
    }
  | {
      readonly method: 'highest';
      readonly methodIndex: number;
      readonly scale: string;
      /** Scales that tied for highest, when the tie-break decided. */
      readonly tiedWith: readonly string[];
    };

/** An answer that is not valid for its item (or names no item). */
export interface AnswerProblem {
  readonly item: string;
  readonly message: string;
}

interface ResultBase {
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** Every scale and composite, in declaration order (null values when incomplete). */
  readonly scores: readonly ScoreValue[];
}

export type ScoreResult =
  | (ResultBase & { readonly status: 'complete'; readonly stage: Stage; readonly decidedBy: Decision })
  /** Required items that are shown but unanswered, in questionnaire order. */
  | (ResultBase & { readonly status: 'incomplete'; readonly missing: readonly string[] })
  /** Answers that are not valid for their item; nothing is scored from a bad answer set. */
  | (ResultBase & { readonly status: 'invalid'; readonly problems: readonly AnswerProblem[] });

// ---------------------------------------------------------------------------------------------
// The hand-off to the host page

/**
 * What a finished quiz hands to the host: the `detail` of the `stages-quiz:complete` event and
 * the payload posted from the iframe embed.
 */
export interface QuizCompletion {
  readonly stage: Stage;
  readonly decidedBy: Decision;
  readonly scores: readonly ScoreValue[];
  /** The answers that counted (hidden items' answers are left out). */
  readonly answers: Answers;
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** The language the person finished in. */
  readonly lang: Locale;
  /** ISO 8601 time of completion, stamped by the widget (the scorer has no clock). */
  readonly completedAt: string;
}

/**
 * What the person typed, handed to the host only when it opted in (the `share-words` attribute):
 * the `detail` of `stages-quiz:words`. Sensitive: their own words about their life.
 */
export interface QuizWords {
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly stage: Stage;
  readonly lang: Locale;
  /** Words typed for a free-text answer option ("Something else"), by item id. */
  readonly texts: TypedTexts;
  /** What they wrote in the next step, blanks left out (part id → words or choices; ruler id → answer). */
  readonly nextStep: {
    readonly parts: Readonly<Record<string, string | readonly string[] | readonly { readonly if: string; readonly then: string }[]>>;
    readonly rulers: Readonly<Record<string, string>>;
  };
}
