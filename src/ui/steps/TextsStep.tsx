import { maxLengthOf } from '../../core/steps/step-responses';
import type { TextsPart } from '../../core/types';
import { CharCount } from './CharCount';
import type { StepFieldProps } from './step-field-props';

/** A few short texts answering one prompt: `count` boxes, each with its own label and count. */
export function TextsStep({ part, value = [], onChange, strings, idPrefix, labelledBy, describedBy }: StepFieldProps<TextsPart, readonly string[]>) {
  const max = maxLengthOf(part);
  const boxes = [...Array(part.count)].map((_, i) => value[i] ?? '');
  return (
    <div class="sq-step-fields" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {boxes.map((text, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          <div class="sq-field" key={i}>
            <label class="sq-field-label" for={id}>
              {strings.box(i + 1)}
            </label>
            <input
              id={id}
              class="sq-input"
              type="text"
              autoComplete="off"
              maxLength={max}
              defaultValue={text}
              aria-describedby={`${id}-count`}
              onInput={(event) => onChange(boxes.map((b, j) => (j === i ? (event.currentTarget as HTMLInputElement).value : b)))}
            />
            <CharCount id={`${id}-count`} text={text} max={max} format={strings.charsLeft} />
          </div>
        );
      })}
    </div>
  );
}
