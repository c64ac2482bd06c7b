import { localize } from '../core/localize';
import type { AnswerValue, RulerItem } from '../core/types';
import type { UiStrings } from './strings';

export interface RulerScaleProps {
  readonly item: RulerItem;
  readonly lang: string;
  readonly strings: UiStrings;
  readonly name: string;
  readonly value: AnswerValue | undefined;
  readonly onAnswer: (value: number) => void;
}

/**
 * A 0–10 ruler as a radio group drawn as a row of number buttons (never a slider: a slider has a
 * default value, is fiddly on a phone and hard to set exactly with a screen reader).
 */
export function RulerScale({ item, lang, strings, name, value, onAnswer }: RulerScaleProps) {
  const numbers: number[] = [];
  for (let n = item.min; n <= item.max; n++) numbers.push(n);
  return (
    <div class="sq-ruler">
      <div class="sq-ruler-options">
        {numbers.map((n) => {
          const checked = n === value;
          return (
            <label key={n} class={checked ? 'sq-ruler-option is-selected' : 'sq-ruler-option'} part="option">
              <input
                class="sq-ruler-radio"
                type="radio"
                name={name}
                value={String(n)}
                checked={checked}
                onChange={() => onAnswer(n)}
              />
              <span class="sq-ruler-number">{n}</span>
            </label>
          );
        })}
      </div>
      <p class="sq-ruler-ends" id={`${name}-ends`}>
        <span class="sq-ruler-end">
          <span class="sq-ruler-end-number">{item.min}</span> <span class="sq-visually-hidden">{strings.rulerEnds}</span>{' '}
          {localize(item.minLabel, lang)}
        </span>
        <span class="sq-ruler-end sq-ruler-end-max">
          <span class="sq-ruler-end-number">{item.max}</span> <span class="sq-visually-hidden">{strings.rulerEnds}</span>{' '}
          {localize(item.maxLabel, lang)}
        </span>
      </p>
    </div>
  );
}
