import type { AnswerValue } from '../core/types';

export interface ChoiceOptionsProps {
  /** `freeText`: a text box under the option once chosen, with its label and length limit. */
  readonly options: readonly {
    readonly value: AnswerValue;
    readonly label: string;
    readonly freeText?: { readonly label: string; readonly maxLength: number };
  }[];
  /** The radio group's name, unique on the page. */
  readonly name: string;
  readonly value: AnswerValue | undefined;
  readonly onAnswer: (value: AnswerValue) => void;
  /** The words typed for the chosen free-text option. */
  readonly text?: string;
  readonly onText?: (text: string) => void;
}

/** Options as native radios inside large labels: each option's text is its radio's accessible name. */
export function ChoiceOptions({ options, name, value, onAnswer, text, onText }: ChoiceOptionsProps) {
  return (
    <div class="sq-options">
      {options.map((option, i) => {
        const checked = option.value === value;
        const free = checked && option.freeText && onText;
        return [
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
          </label>,
          free && (
            <div key="free-text" class="sq-free-text">
              <label class="sq-free-text-label" for={`${name}-${i}-text`}>
                {option.freeText!.label}
              </label>
              <input
                class="sq-input"
                id={`${name}-${i}-text`}
                type="text"
                autocomplete="off"
                maxLength={option.freeText!.maxLength}
                value={text ?? ''}
                onInput={(event) => onText(event.currentTarget.value)}
              />
            </div>
          ),
        ];
      })}
    </div>
  );
}
