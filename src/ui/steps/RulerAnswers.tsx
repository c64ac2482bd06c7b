import type { RulerPrompt } from '../../core/select-guidance';
import { STEP_LIMITS } from '../../core/steps/step-limits';
import { CharCount } from './CharCount';
import type { StepStrings } from './step-strings';

export interface RulerAnswersProps {
  readonly prompts: readonly RulerPrompt[];
  readonly answers: Readonly<Record<string, string>>;
  readonly onChange: (item: string, text: string) => void;
  readonly strings: StepStrings;
  readonly idPrefix: string;
  readonly describedBy?: string;
}

/** An optional answer box under each ruler follow-up ("Why 6 and not 3?"), labelled by the prompt itself. */
export function RulerAnswers({ prompts, answers, onChange, strings, idPrefix, describedBy }: RulerAnswersProps) {
  const max = STEP_LIMITS.rulerAnswer;
  return (
    <div class="sq-step-fields">
      {prompts.map((p) => {
        const id = `${idPrefix}-${p.item}`;
        const text = answers[p.item] ?? '';
        return (
          <div class="sq-field" key={p.item}>
            <p class="sq-ruler-context">{p.question}</p>
            <label class="sq-field-label" for={id}>
              {p.text}
            </label>
            <textarea
              id={id}
              class="sq-input sq-textarea"
              rows={3}
              maxLength={max}
              defaultValue={text}
              aria-describedby={[describedBy, `${id}-count`].filter(Boolean).join(' ')}
              onInput={(event) => onChange(p.item, (event.currentTarget as HTMLTextAreaElement).value)}
            />
            <CharCount id={`${id}-count`} text={text} max={max} format={strings.charsLeft} />
          </div>
        );
      })}
    </div>
  );
}
