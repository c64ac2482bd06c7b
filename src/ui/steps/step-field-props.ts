import type { StepValue } from '../../core/steps/step-responses';
import type { StepStrings } from './step-strings';

/** What every step kind's fields get from the step screen around them. */
export interface StepFieldProps<P, V extends StepValue> {
  readonly part: P;
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly lang: string;
  readonly strings: StepStrings;
  /** Unique per widget and part: ids of labels and counts. */
  readonly idPrefix: string;
  /** The id of the part's heading (its prompt), which names the group of fields. */
  readonly labelledBy: string;
  /** The id of the part's help text, when it has one. */
  readonly describedBy?: string;
}
