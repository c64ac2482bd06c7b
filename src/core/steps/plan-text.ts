import type { Plan } from './build-plan';

/** The words around a plan in plain text (core has no i18n). */
export interface PlanTextWords {
  /** First line, e.g. "My plan". */
  readonly heading: string;
  /** When nothing was written, e.g. "Nothing written this time, and that's fine." */
  readonly empty: string;
  /** Optional last lines, e.g. the date and where it came from. */
  readonly footer?: readonly string[];
}

/**
 * "My plan" as plain text, for Copy, Share and email: the heading and title, the affirmation,
 * then each section's question and the person's words as a list. Text only: nothing in it is
 * interpreted as markup anywhere it goes.
 */
export function planText(plan: Plan, words: PlanTextWords): string {
  const out = [`${words.heading}: ${plan.title}`, '', plan.affirmation];
  if (plan.sections.length === 0) out.push('', words.empty);
  for (const section of plan.sections) {
    out.push('', section.heading, ...section.lines.map((line) => `- ${line}`));
  }
  if (words.footer?.length) out.push('', ...words.footer);
  return out.join('\n');
}
