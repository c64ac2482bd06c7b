import type { IfThenPair } from '../../core/steps/step-responses';
import { maxLengthOf } from '../../core/steps/step-responses';
import type { IfThenPart } from '../../core/types';
import { CharCount } from './CharCount';
import type { StepFieldProps } from './step-field-props';

/** "If ___, I will ___": `count` pairs, each a small group of two labelled boxes. */
export function IfThenStep({ part, value = [], onChange, strings, idPrefix, labelledBy, describedBy }: StepFieldProps<IfThenPart, readonly IfThenPair[]>) {
  const max = maxLengthOf(part);
  const pairs = [...Array(part.count)].map((_, i) => value[i] ?? { if: '', then: '' });
  const set = (i: number, end: 'if' | 'then', text: string) => onChange(pairs.map((p, j) => (j === i ? { ...p, [end]: text } : p)));
  return (
    <div class="sq-step-fields" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {pairs.map((pair, i) => (
        <fieldset class="sq-fieldset sq-pair" key={i}>
          <legend class="sq-pair-legend">{strings.pair(i + 1)}</legend>
          {(['if', 'then'] as const).map((end) => {
            const id = `${idPrefix}-${i}-${end}`;
            return (
              <div class="sq-field" key={end}>
                <label class="sq-field-label" for={id}>
                  {end === 'if' ? strings.ifLabel : strings.thenLabel}
                </label>
                <input
                  id={id}
                  class="sq-input"
                  type="text"
                  autoComplete="off"
                  // The line reads "If <their words>, I will <their words>.": a phone's capital at the
                  // start of each box would land mid-sentence ("If My friends…").
                  autocapitalize="off"
                  maxLength={max}
                  defaultValue={pair[end]}
                  aria-describedby={`${id}-count`}
                  onInput={(event) => set(i, end, (event.currentTarget as HTMLInputElement).value)}
                />
                <CharCount id={`${id}-count`} text={pair[end]} max={max} format={strings.charsLeft} />
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
