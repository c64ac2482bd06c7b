import { localize } from '../../core/localize';
import type { PickPart } from '../../core/types';
import type { StepFieldProps } from './step-field-props';

/** Choose up to `max` from a list: checkboxes; once `max` are chosen the others rest disabled. */
export function PickStep({ part, value = [], onChange, lang, strings, idPrefix, labelledBy, describedBy }: StepFieldProps<PickPart, readonly string[]>) {
  const full = value.length >= part.max;
  const countId = `${idPrefix}-count`;
  return (
    <fieldset class="sq-fieldset sq-pick" aria-labelledby={labelledBy} aria-describedby={[describedBy, countId].filter(Boolean).join(' ')}>
      <p class="sq-count" id={countId}>
        {strings.chooseUpTo(part.max)} {strings.chosen(value.length, part.max)}
      </p>
      <div class="sq-pick-options">
        {part.options.map((option) => {
          const checked = value.includes(option.value);
          return (
            <label key={option.value} class={checked ? 'sq-option sq-pick-option is-selected' : 'sq-option sq-pick-option'}>
              <input
                type="checkbox"
                class="sq-radio"
                checked={checked}
                disabled={!checked && full}
                onChange={() => onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value])}
              />
              <span class="sq-option-label">{localize(option.label, lang)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
