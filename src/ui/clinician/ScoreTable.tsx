import type { SummaryScore } from '../../core/clinician-summary';
import { formatScore } from '../../core/clinician-summary-text';
import type { ClinicianStrings } from './clinician-strings';

export interface ScoreTableProps {
  readonly scores: readonly SummaryScore[];
  readonly strings: ClinicianStrings;
}

const WIDTH = 120;
const HEIGHT = 12;

/**
 * Every named score with its value, range and a small bar. Each bar is an inline SVG sized by
 * attributes (no style attribute: strict CSP) whose text alternative says the value and range.
 */
export function ScoreTable({ scores, strings: s }: ScoreTableProps) {
  return (
    <table class="sq-clin-table sq-clin-scores">
      <thead>
        <tr>
          <th scope="col">{s.scoreColumn}</th>
          <th scope="col">{s.valueColumn}</th>
          <th scope="col" class="sq-clin-range">
            {s.rangeColumn}
          </th>
          <th scope="col">{s.chartColumn}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((score) => {
          const value = score.value === null ? null : formatScore(score.value);
          const min = formatScore(score.min);
          const max = formatScore(score.max);
          const span = score.max - score.min;
          const fraction = score.value === null || span <= 0 ? 0 : Math.min(1, Math.max(0, (score.value - score.min) / span));
          return (
            <tr key={score.id} data-score={score.id}>
              <th scope="row">{score.label}</th>
              <td class="sq-clin-num">
                {value ?? s.notScored}
                {score.prorated && <span class="sq-clin-tag"> ({s.prorated})</span>}
                {/* On a phone the range column gives way to the labels and shows here instead. */}
                <span class="sq-clin-range-inline">{s.rangeText(min, max)}</span>
              </td>
              <td class="sq-clin-num sq-clin-range">{s.rangeText(min, max)}</td>
              <td>
                <svg
                  class="sq-clin-bar"
                  viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                  width={WIDTH}
                  height={HEIGHT}
                  preserveAspectRatio="none"
                  role="img"
                  aria-label={value === null ? s.notScored : s.barLabel(value, min, max)}
                >
                  <rect class="sq-clin-bar-track" x="0" y="0" width={WIDTH} height={HEIGHT} rx="3" />
                  {fraction > 0 && <rect class="sq-clin-bar-fill" x="0" y="0" width={Math.round(fraction * WIDTH * 10) / 10} height={HEIGHT} rx="3" />}
                </svg>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
