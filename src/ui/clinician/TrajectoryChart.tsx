import { formatScore } from '../../core/clinician-summary-text';
import type { TrajectorySeries } from '../../core/clinician/build-trajectory';
import { STAGES, type Stage } from '../../core/types';

const W = 300;
const H = 128;
const PAD = { left: 30, right: 18, top: 14, bottom: 22 };

/** x of visit i of n inside [left, width − right]; a single visit sits in the middle. */
function xAt(i: number, n: number, width: number, left: number): number {
  const inner = width - left - PAD.right;
  return n <= 1 ? left + inner / 2 : left + (inner * i) / (n - 1);
}

/** A label at visit i of n: the first starts at its point, the last ends at it, the rest are centred. */
function edgeAnchor(i: number, n: number): 'start' | 'end' | 'middle' {
  return n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle';
}

/** Which visits get a date label: all when `room` allows, else the first and the last. */
function labelled(i: number, n: number, room: number): boolean {
  return n <= room || i === 0 || i === n - 1;
}

export interface SeriesChartProps {
  readonly series: TrajectorySeries;
  readonly label: string;
  /** Short dates, one per visit. */
  readonly dates: readonly string[];
  /** The chart's text alternative (the table below has every value too). */
  readonly description: string;
  /** Stage names, for bands the questionnaire declares on this score. */
  readonly stageNames: Readonly<Record<Stage, string>>;
}

/**
 * One score across the visits: a line over its whole range, the range's halves (or the stage
 * bands the questionnaire declares on it) shaded, each value written by its point when there is
 * room. Sized by attributes and classes only (strict CSP: no style attribute).
 */
export function SeriesChart({ series, label, dates, description, stageNames }: SeriesChartProps) {
  const { min, max, values } = series;
  const n = values.length;
  const span = max - min || 1;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ((max - Math.min(max, Math.max(min, v))) / span) * plotH;
  const x = (i: number) => xAt(i, n, W, PAD.left);
  const bands =
    series.bands.length > 0
      ? series.bands.map((b, i) => ({ from: b.min ?? min, to: b.max ?? max, name: stageNames[b.stage], odd: i % 2 === 1 }))
      : [
          { from: min, to: (min + max) / 2, name: '', odd: false },
          { from: (min + max) / 2, to: max, name: '', odd: true },
        ];
  let path = '';
  values.forEach((v, i) => {
    if (v === null) return;
    path += `${path === '' || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
  });
  const showValues = n <= 6;
  return (
    <figure class="sq-clin-chart-box">
      <figcaption class="sq-clin-chart-title">{label}</figcaption>
      <svg class="sq-clin-chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={description}>
        {bands.map((b, i) => {
          const top = y(Math.min(max, b.to));
          const bottom = y(Math.max(min, b.from));
          return (
            <g key={i}>
              <rect class={b.odd ? 'sq-clin-band is-odd' : 'sq-clin-band'} x={PAD.left} y={top} width={W - PAD.left - PAD.right} height={Math.max(0, bottom - top)} />
              {b.name && (
                <text class="sq-clin-band-label" x={W - PAD.right - 2} y={top + 9} text-anchor="end">
                  {b.name}
                </text>
              )}
            </g>
          );
        })}
        <text class="sq-clin-axis" x={PAD.left - 4} y={y(max) + 4} text-anchor="end">
          {formatScore(max)}
        </text>
        <text class="sq-clin-axis" x={PAD.left - 4} y={y(min) + 4} text-anchor="end">
          {formatScore(min)}
        </text>
        <path class="sq-clin-line" d={path.trim()} />
        {values.map((v, i) =>
          v === null ? null : (
            <g key={i}>
              <circle class="sq-clin-point" cx={x(i)} cy={y(v)} r={i === n - 1 ? 4.5 : 3} />
              {(showValues || i === 0 || i === n - 1) && (
                // The first and last values lean inwards, as the dates do: centred, the first one
                // ran into the axis's own figures ("11.6" over "14").
                <text class="sq-clin-value" x={x(i)} y={y(v) - 7} text-anchor={edgeAnchor(i, n)}>
                  {formatScore(v)}
                </text>
              )}
            </g>
          ),
        )}
        {dates.map((d, i) =>
          labelled(i, n, 3) ? (
            <text key={i} class="sq-clin-axis" x={x(i)} y={H - 6} text-anchor={edgeAnchor(i, n)}>
              {d}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}

const SW = 620;
const SH = 150;
const SLEFT = 128;

export interface StageChartProps {
  readonly stages: readonly (Stage | null)[];
  readonly dates: readonly string[];
  readonly title: string;
  readonly description: string;
  readonly stageNames: Readonly<Record<Stage, string>>;
}

/**
 * The stage at each visit as a step line over the five stages, each level labelled. A step back is
 * drawn like any other step: moving between stages, both ways, is part of change.
 */
export function StageChart({ stages, dates, title, description, stageNames }: StageChartProps) {
  const n = stages.length;
  const plotH = SH - PAD.top - PAD.bottom;
  const y = (s: Stage) => PAD.top + ((STAGES.length - 1 - STAGES.indexOf(s)) / (STAGES.length - 1)) * plotH;
  const x = (i: number) => xAt(i, n, SW, SLEFT);
  let path = '';
  let last: number | null = null;
  stages.forEach((s, i) => {
    if (s === null) {
      last = null;
      return;
    }
    path += last === null ? `M${x(i).toFixed(1)} ${y(s).toFixed(1)} ` : `H${x(i).toFixed(1)} V${y(s).toFixed(1)} `;
    last = i;
  });
  return (
    <figure class="sq-clin-chart-box sq-clin-chart-wide">
      <figcaption class="sq-clin-chart-title">{title}</figcaption>
      <svg class="sq-clin-chart" viewBox={`0 0 ${SW} ${SH}`} width={SW} height={SH} role="img" aria-label={description}>
        {STAGES.map((s) => (
          <g key={s}>
            <line class="sq-clin-grid" x1={SLEFT} x2={SW - PAD.right} y1={y(s)} y2={y(s)} />
            <text class="sq-clin-axis" x={SLEFT - 8} y={y(s) + 4} text-anchor="end">
              {stageNames[s]}
            </text>
          </g>
        ))}
        <path class="sq-clin-line sq-clin-step" d={path.trim()} />
        {stages.map((s, i) => (s === null ? null : <circle key={i} class="sq-clin-point" cx={x(i)} cy={y(s)} r={i === n - 1 ? 5 : 3.5} />))}
        {dates.map((d, i) =>
          labelled(i, n, 5) ? (
            <text key={i} class="sq-clin-axis" x={x(i)} y={SH - 6} text-anchor={edgeAnchor(i, n)}>
              {d}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
