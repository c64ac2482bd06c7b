import type { SelectedGuidance } from '../core/select-guidance';
import type { ResultStrings } from './result-strings';

export interface GuidancePanelProps {
  readonly guidance: SelectedGuidance;
  readonly strings: ResultStrings;
  /** Heading level of the panel's own headings (3 under the result's h2). */
  readonly level?: 3 | 4;
}

/**
 * A stage's guidance after its headline and reflection (the result screen leads with those): the
 * blocks the answers called for, what helps, open questions, ruler prompts, slips, links.
 */
export function GuidancePanel({ guidance, strings, level = 3 }: GuidancePanelProps) {
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <div class="sq-guidance" part="guidance">
      {guidance.blocks.map((block, i) => (
        <div key={i} class="sq-block sq-answer-block">
          <H class="sq-block-heading">{block.heading}</H>
          <p>{block.text}</p>
        </div>
      ))}
      {guidance.helps.length > 0 && (
        <div class="sq-block">
          <H class="sq-block-heading">{strings.helpsHeading}</H>
          <ul class="sq-list sq-list-helps">
            {guidance.helps.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {guidance.questions.length > 0 && (
        <div class="sq-block">
          <H class="sq-block-heading">{strings.questionsHeading}</H>
          <ul class="sq-list sq-list-questions">
            {guidance.questions.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {guidance.rulerPrompts.length > 0 && (
        <div class="sq-block">
          <H class="sq-block-heading">{strings.rulerHeading}</H>
          <ul class="sq-list sq-list-rulers">
            {guidance.rulerPrompts.map((prompt) => (
              <li key={prompt.item}>
                <span class="sq-ruler-context">{prompt.question}</span>
                <span class="sq-ruler-prompt">{prompt.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {guidance.slipNote && (
        <div class="sq-block sq-slip">
          <H class="sq-block-heading">{strings.slipHeading}</H>
          <p>{guidance.slipNote}</p>
        </div>
      )}
      {guidance.links.length > 0 && (
        <div class="sq-block">
          <H class="sq-block-heading">{strings.linksHeading}</H>
          <ul class="sq-list sq-list-links">
            {guidance.links.map((link, i) => (
              <li key={i}>
                <a class="sq-link" href={link.href} rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
