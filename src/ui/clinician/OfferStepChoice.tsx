import type { ClientWordsStrings } from './client-words-strings';

export interface OfferStepChoiceProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly strings: ClientWordsStrings;
  readonly idPrefix: string;
}

/** On the clinician's start screen: whether the client gets the exercise after the questions. */
export function OfferStepChoice({ checked, onChange, strings: s, idPrefix }: OfferStepChoiceProps) {
  return (
    <div class="sq-clin-field sq-clin-offer">
      <label class="sq-clin-check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={`${idPrefix}-offer-hint`}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{s.offerLabel}</span>
      </label>
      <p class="sq-note sq-clin-hint" id={`${idPrefix}-offer-hint`}>
        {s.offerHint}
      </p>
    </div>
  );
}
