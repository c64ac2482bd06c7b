import type { BandEdge, Stage } from './types';
import type { ClinicianSummary, SummaryDecision, SummaryFlag } from './clinician-summary';

/**
 * The words of the plain-text summary, passed in as data (core never imports i18n). Templates
 * name their blanks in braces, e.g. `Decided by rule "{rule}"`.
 */
export interface SummaryStrings {
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
  /** `{rule}`. */
  readonly decidedByRule: string;
  /** `{source}`, `{value}`, `{range}`. */
  readonly decidedByBand: string;
  /** `{scale}`. */
  readonly decidedByHighest: string;
  /** `{scales}`. */
  readonly tiedWith: string;
  readonly scores: string;
  readonly notScored: string;
  /** `{value}`, `{min}`, `{max}`. */
  readonly scoreOutOf: string;
  readonly answers: string;
  readonly notAnswered: string;
  readonly flags: string;
  /** `{score}`, `{items}`. */
  readonly flagIncomplete: string;
  readonly flagProrated: string;
  readonly flagReverse: string;
  readonly guidance: string;
  readonly helps: string;
  readonly prompts: string;
}

/** Fills `{name}` blanks in a template. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A number for people: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A band's range in mathematical notation, e.g. `[2, 5)` or `< 8`. */
export function formatBand(min?: BandEdge, max?: BandEdge): string {
  if (min && max) return `${min.inclusive ? '[' : '('}${formatScore(min.value)}, ${formatScore(max.value)}${max.inclusive ? ']' : ')'}`;
  if (min) return `${min.inclusive ? '≥' : '>'} ${formatScore(min.value)}`;
  if (max) return `${max.inclusive ? '≤' : '<'} ${formatScore(max.value)}`;
  return '';
}

/** The sentence saying how the stage was decided. */
export function decisionText(decision: SummaryDecision, s: SummaryStrings): string {
  if (decision.method === 'rules') return fillTemplate(s.decidedByRule, { rule: decision.rule });
  if (decision.method === 'bands') {
    return fillTemplate(s.decidedByBand, {
      source: decision.sourceLabel,
      value: formatScore(decision.value),
      range: formatBand(decision.min, decision.max),
    });
  }
  const text = fillTemplate(s.decidedByHighest, { scale: decision.scaleLabel });
  return decision.tiedWith.length > 0 ? `${text} ${fillTemplate(s.tiedWith, { scales: decision.tiedWith.join(', ') })}` : text;
}

/** One flag as a sentence. */
export function flagText(flag: SummaryFlag, s: SummaryStrings): string {
  if (flag.kind === 'reverse-keyed') return fillTemplate(s.flagReverse, { score: flag.label, items: flag.items.join(', ') });
  const template = flag.kind === 'incomplete' ? s.flagIncomplete : s.flagProrated;
  return fillTemplate(template, { score: flag.label, items: flag.missing.join(', ') });
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
  lines.push(`${s.completed}: ${formatDate(model.completedAt)}`);
  lines.push(
    `${s.questionnaire}: ${q.title} (${fillTemplate(s.idVersion, { id: q.id, version: q.version })}; ${q.validated ? s.validated : s.notValidated})`,
  );
  lines.push('', `${s.stage}: ${model.stage ? s.stageNames[model.stage] : s.noStage}`);
  if (model.decision) lines.push(decisionText(model.decision, s));
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
  if (model.flags.length > 0) {
    lines.push('', `${s.flags}:`);
    for (const flag of model.flags) lines.push(`- ${flagText(flag, s)}`);
  }
  lines.push('', `${s.answers}:`);
  for (const a of model.answers) lines.push(`- ${a.question} ${a.answer ?? s.notAnswered}${a.reversedIn.length > 0 ? ' (R)' : ''}`);
  const g = model.guidance;
  if (g) {
    lines.push('', `${s.guidance}: ${g.headline}`);
    if (g.helps.length > 0) lines.push(`${s.helps}:`, ...g.helps.map((h) => `- ${h}`));
    const prompts = [...g.questions, ...g.rulerPrompts.map((p) => p.text)];
    if (prompts.length > 0) lines.push(`${s.prompts}:`, ...prompts.map((p) => `- ${p}`));
  }
  return lines.join('\n');
}
