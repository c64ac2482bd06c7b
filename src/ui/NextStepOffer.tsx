import { localize } from '../core/localize';
import type { StageStep } from '../core/types';
import type { ResultStrings } from './result-strings';

export interface NextStepOfferProps {
  readonly step: StageStep;
  readonly lang: string;
  readonly strings: ResultStrings;
  /** The person already wrote something: the button goes back to their plan. */
  readonly resume: boolean;
  readonly onOpen: () => void;
}

/** On the result: the stage's exercise named, one inviting line, and the button that opens it. */
export function NextStepOffer({ step, lang, strings, resume, onOpen }: NextStepOfferProps) {
  return (
    <div class="sq-next" part="next-step-offer">
      <h3 class="sq-block-heading">{localize(step.title, lang)}</h3>
      <p>{localize(step.invitation, lang)}</p>
      <button type="button" class="sq-button sq-button-primary" part="button next-step" onClick={onOpen}>
        {resume ? strings.nextStepResume : strings.nextStepOpen}
      </button>
    </div>
  );
}
