import type { UiStrings } from './strings';

export interface ProgressBarProps {
  readonly position: number;
  readonly total: number;
  readonly strings: UiStrings;
  readonly id: string;
}

/**
 * "Question 3 of 6" and a bar. A <progress> element draws the bar, so no inline width style is
 * needed (strict CSP).
 */
export function ProgressBar({ position, total, strings, id }: ProgressBarProps) {
  return (
    <div class="sq-progress" part="progress">
      <p class="sq-progress-text" id={id}>
        {strings.progress(position, total)}
      </p>
      <progress class="sq-progress-bar" value={position} max={total} aria-labelledby={id} />
    </div>
  );
}
