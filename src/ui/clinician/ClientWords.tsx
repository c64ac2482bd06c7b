import type { Plan } from '../../core/steps/build-plan';
import type { ClientWordsStrings } from './client-words-strings';

export interface ClientWordsProps {
  /** What the client wrote, as a plan (null: the exercise was not offered). */
  readonly plan: Plan | null;
  readonly strings: ClientWordsStrings;
}

/**
 * "In the client's words": the ruler follow-up answers and the exercise after the questions,
 * each under the question the client saw, as text (never markup). On screen and on paper.
 */
export function ClientWords({ plan, strings: s }: ClientWordsProps) {
  return (
    <div class="sq-clin-section sq-clin-words" part="client-words">
      <h3 class="sq-block-heading">
        {s.heading}
        {plan ? `: ${plan.title}` : ''}
      </h3>
      {!plan ? (
        <p class="sq-note">{s.skipped}</p>
      ) : plan.sections.length === 0 ? (
        <p class="sq-note">{s.none}</p>
      ) : (
        <dl class="sq-clin-words-list">
          {plan.sections.map((section) => (
            <div key={section.id}>
              <dt>{section.heading}</dt>
              {section.lines.map((line, i) => (
                <dd key={i}>{line}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** The same section as plain text, appended to "Copy as text". */
export function clientWordsText(plan: Plan | null, s: ClientWordsStrings): string {
  if (!plan) return `${s.heading}\n${s.skipped}`;
  const body = plan.sections.length === 0 ? [s.none] : plan.sections.flatMap((x) => [x.heading, ...x.lines.map(noteLine)]);
  return [`${s.heading}: ${plan.title}`, ...body].join('\n');
}

/**
 * One of the client's lines as a list item in a plain-text note: a line break they typed stays
 * inside the item (indented under it), and bidirectional overrides and isolates (invisible, and
 * able to reorder the rest of a clinical note as it is read) are left out.
 */
function noteLine(line: string): string {
  return `- ${line.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\r?\n/g, '\n  ')}`;
}
