import type { AnswerValue } from '../core/types';

export interface ChoiceOptionsProps {
  readonly options: readonly { readonly value: AnswerValue; readonly label: string }[];
  /** The radio group's name, unique on the page. */
  readonly name: string;
  readonly value: AnswerValue | undefined;
  readonly onAnswer: (value: AnswerValue) => void;
}

/** Options as native radios inside large labels: each option's text is its radio's accessible name. */
export function ChoiceOptions({ options, name, value, onAnswer }: ChoiceOptionsProps) {
  return (
    <div class="sq-options">
      {options.map((option, i) => {
        const checked = option.value === value;
        return (
          <label key={String(option.value)} class={checked ? 'sq-option is-selected' : 'sq-option'} part="option">
            <input
              class="sq-radio"
              type="radio"
              name={name}
              id={`${name}-${i}`}
              value={String(option.value)}
              checked={checked}
              onChange={() => onAnswer(option.value)}
            />
            <span class="sq-option-label">{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}
