import { maxLengthOf } from '../../core/steps/step-responses';
import type { TextPart } from '../../core/types';
import { CharCount } from './CharCount';
import type { StepFieldProps } from './step-field-props';

/** One free text, named by the part's prompt. */
export function TextStep({ part, value = '', onChange, strings, idPrefix, labelledBy, describedBy }: StepFieldProps<TextPart, string>) {
  const max = maxLengthOf(part);
  return (
    <div class="sq-field">
      <textarea
        id={idPrefix}
        class="sq-input sq-textarea"
        rows={4}
        maxLength={max}
        defaultValue={value}
        aria-labelledby={labelledBy}
        aria-describedby={[describedBy, `${idPrefix}-count`].filter(Boolean).join(' ')}
        onInput={(event) => onChange((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <CharCount id={`${idPrefix}-count`} text={value} max={max} format={strings.charsLeft} />
    </div>
  );
}
