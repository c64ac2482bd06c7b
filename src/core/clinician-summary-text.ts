import type { BandEdge, FlagSeverity, Locale, Stage } from './types';
import type { ClinicianSummary, SummaryDecision, SummaryRaisedFlag, SummaryRuleAnswer } from './clinician-summary';
import { flagText, type FlagStrings } from './clinician-flag-text';
import { fillTemplate } from './fill-template';

export { flagText, questionRefText, shortQuestion, type FlagStrings } from './clinician-flag-text';
export { fillTemplate } from './fill-template';

/**
 * The words of the plain-text summary, passed in as data (core never imports i18n). Templates
 * name their blanks in braces, e.g. `Decided by the answer to {answers}.`
 */
export interface SummaryStrings extends FlagStrings {
  readonly heading: string;
  readonly client: string;
  readonly completed: string;
  readonly questionnaire: string;
  /** `{id}`, `{version}`. */
  readonly idVersion: string;
  readonly validated: string;
  readonly notValidated: string;
  readonly stage: string;
  readonly noStage: string;
  readonly stageNames: Readonly<Record<Stage, string>>;
  /** A rule looking at one question: `{answers}` is one `ruleAnswer…` below. */
  readonly decidedByAnswer: string;
  /** A rule looking at several questions: `{answers}` are `ruleAnswer…` joined by `; `. */
  readonly decidedByAnswers: string;
  /** A question and its option label: `{question}`, `{answer}`. */
  readonly ruleAnswerLabel: string;
  /** A question and a ruler's number: `{question}`, `{answer}`. */
  readonly ruleAnswerNumber: string;
  /** A question left unanswered: `{question}`. */
  readonly ruleNotAnswered: string;
  /** A rule that looks at no answer (always holds), `{rule}`. */
  readonly decidedByRule: string;
  /** The deciding rule's id, a small detail for audit: `{rule}`. */
  readonly ruleId: string;
  /** `{source}` (the score's label), `{value}`, `{range}` (a `bandRange` text). */
  readonly decidedByBand: string;
  /** A band's range in words; `{min}` and `{max}` are its edges. */
  readonly bandRange: BandRangeStrings;
  /** `{scale}`. */
  readonly decidedByHighest: string;
  /** `{scales}` (the others that tied, as a list), `{scale}` (the one chosen). */
  readonly tiedWith: string;
  readonly scores: string;
  readonly notScored: string;
  /** `{value}`, `{min}`, `{max}`. */
  readonly scoreOutOf: string;
  readonly answers: string;
  readonly notAnswered: string;
  /** After an answer whose question a scale scores in reverse, in parentheses. */
  readonly reverseTag: string;
  /** The declared flags' heading. */
  readonly flags: string;
  /** Before a flag's message, by severity, e.g. `Worth asking about`. */
  readonly flagSeverity: Readonly<Record<FlagSeverity, string>>;
  /** The heading of the notes on how scores were computed (blank or prorated scales, reverse-scored questions). */
  readonly scoringNotes: string;
  /** `{language}`: the language the client answered in. */
  readonly answeredIn: string;
  /** Language names by tag, in this language (`es` → `Spanish`); a tag without one is shown as is. */
  readonly languageNames: Readonly<Record<string, string>>;
  readonly guidance: string;
  readonly helps: string;
  readonly prompts: string;
}

/** A band's range in words, one template per kind of edge (inclusive or not). */
export interface BandRangeStrings {
  /** `{min}` inclusive, no upper edge, e.g. `{min} or more`. */
  readonly atLeast: string;
  /** `{min}` exclusive, no upper edge. */
  readonly above: string;
  /** `{max}` inclusive, no lower edge. */
  readonly atMost: string;
  /** `{max}` exclusive, no lower edge. */
  readonly below: string;
  /** Both inclusive. */
  readonly fromTo: string;
  /** `{min}` inclusive, `{max}` exclusive. */
  readonly fromToBelow: string;
  /** `{min}` exclusive, `{max}` inclusive. */
  readonly aboveTo: string;
  /** Both exclusive. */
  readonly aboveToBelow: string;
}

/** A number for people: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A band's range in words, e.g. `8 to less than 11`; '' for a band with no edge. */
export function bandRangeText(s: BandRangeStrings, min?: BandEdge, max?: BandEdge): string {
  const values = { min: min ? formatScore(min.value) : '', max: max ? formatScore(max.value) : '' };
  if (min && max) {
    const template = min.inclusive ? (max.inclusive ? s.fromTo : s.fromToBelow) : max.inclusive ? s.aboveTo : s.aboveToBelow;
    return fillTemplate(template, values);
  }
  if (min) return fillTemplate(min.inclusive ? s.atLeast : s.above, values);
  if (max) return fillTemplate(max.inclusive ? s.atMost : s.below, values);
  return '';
}

/** Names in a list, the language's way (`A, B, and C`; `A, B y C`; Spanish `e` before an i sound). */
export function listText(names: readonly string[], lang: Locale): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function ruleAnswerText(a: SummaryRuleAnswer, s: SummaryStrings): string {
  if (a.answer === null) return fillTemplate(s.ruleNotAnswered, { question: a.question });
  return fillTemplate(a.kind === 'number' ? s.ruleAnswerNumber : s.ruleAnswerLabel, { question: a.question, answer: a.answer });
}

/**
 * The sentence saying how the stage was decided, in the words of `s` (one language): for a rule,
 * the questions it looks at and the client's answers; for bands, the score, its value and the
 * band's range; for the highest scale, its label and any ties. `lang` is used to join lists.
 */
export function decisionText(decision: SummaryDecision, s: SummaryStrings, lang: Locale): string {
  if (decision.method === 'rules') {
    const answers = decision.answers;
    if (answers.length === 0) return fillTemplate(s.decidedByRule, { rule: decision.rule });
    const template = answers.length === 1 ? s.decidedByAnswer : s.decidedByAnswers;
    return fillTemplate(template, { answers: answers.map((a) => ruleAnswerText(a, s)).join('; ') });
  }
  if (decision.method === 'bands') {
    return fillTemplate(s.decidedByBand, {
      source: decision.sourceLabel,
      value: formatScore(decision.value),
      range: bandRangeText(s.bandRange, decision.min, decision.max),
    });
  }
  const text = fillTemplate(s.decidedByHighest, { scale: decision.scaleLabel });
  if (decision.tiedWith.length === 0) return text;
  return `${text} ${fillTemplate(s.tiedWith, { scales: listText(decision.tiedWith, lang), scale: decision.scaleLabel })}`;
}

/** A secondary detail under the decision, for audit: the deciding rule's id (null for bands and scales). */
export function decisionDetail(decision: SummaryDecision, s: SummaryStrings): string | null {
  return decision.method === 'rules' ? fillTemplate(s.ruleId, { rule: decision.rule }) : null;
}

/** A declared flag as one line: its severity's label, then its message. */
export function raisedFlagText(flag: SummaryRaisedFlag, s: SummaryStrings): string {
  return `${s.flagSeverity[flag.severity]}: ${flag.message}`;
}

/** "Answered in Spanish": the client's language, named in the summary's language. */
export function answeredInText(lang: Locale, s: SummaryStrings): string {
  return fillTemplate(s.answeredIn, { language: Object.hasOwn(s.languageNames, lang) ? s.languageNames[lang]! : lang });
}

/**
 * The summary as plain text for pasting into a clinical note: headed sections, one fact a line.
 * `formatDate` turns the ISO completion time into local text (the UI passes Intl; default: as is).
 */
export function summaryText(
  model: ClinicianSummary,
  s: SummaryStrings,
  formatDate: (iso: string) => string = (iso) => iso,
): string {
  const q = model.questionnaire;
  const lines: string[] = [s.heading];
  if (model.clientReference) lines.push(`${s.client}: ${model.clientReference}`);
  lines.push(`${s.completed}: ${formatDate(model.completedAt)} (${answeredInText(model.answeredIn, s)})`);
  lines.push(
    `${s.questionnaire}: ${q.title} (${fillTemplate(s.idVersion, { id: q.id, version: q.version })}; ${q.validated ? s.validated : s.notValidated})`,
  );
  // Flags first: what may need a conversation comes before the numbers.
  if (model.flags.length > 0) {
    lines.push('', `${s.flags}:`);
    for (const flag of model.flags) lines.push(`- ${raisedFlagText(flag, s)}`);
  }
  lines.push('', `${s.stage}: ${model.stage ? s.stageNames[model.stage] : s.noStage}`);
  if (model.decision) {
    lines.push(decisionText(model.decision, s, model.lang));
    const detail = decisionDetail(model.decision, s);
    if (detail) lines.push(detail);
  }
  if (model.scores.length > 0) {
    lines.push('', `${s.scores}:`);
    for (const score of model.scores) {
      const value =
        score.value === null
          ? s.notScored
          : fillTemplate(s.scoreOutOf, { value: formatScore(score.value), min: formatScore(score.min), max: formatScore(score.max) });
      lines.push(`- ${score.label}: ${value}`);
    }
  }
  if (model.scoringNotes.length > 0) {
    lines.push('', `${s.scoringNotes}:`);
    for (const note of model.scoringNotes) lines.push(`- ${flagText(note, s)}`);
  }
  lines.push('', `${s.answers}:`);
  // Numbered as on screen, since flags refer to questions by these numbers.
  for (const a of model.answers) {
    lines.push(`${a.number}. ${a.question} — ${a.answer ?? s.notAnswered}${a.typed ? `: “${a.typed}”` : ''}${a.reversedIn.length > 0 ? ` (${s.reverseTag})` : ''}`);
  }
  const g = model.guidance;
  if (g) {
    lines.push('', `${s.guidance}: ${g.headline}`);
    if (g.helps.length > 0) lines.push(`${s.helps}:`, ...g.helps.map((h) => `- ${h}`));
    const prompts = [...g.questions, ...g.rulerPrompts.map((p) => p.text)];
    if (prompts.length > 0) lines.push(`${s.prompts}:`, ...prompts.map((p) => `- ${p}`));
  }
  return lines.join('\n');
}
