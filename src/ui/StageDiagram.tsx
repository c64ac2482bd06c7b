import { STAGES, type Stage } from '../core/types';
import type { UiStrings } from './strings';

export interface StageDiagramProps {
  readonly stage: Stage;
  readonly strings: UiStrings;
}

// Five stepping stones on a gently rising path, left to right; drawn in a 320 × 150 box.
const POINTS = [
  { x: 32, y: 118 },
  { x: 96, y: 104 },
  { x: 160, y: 84 },
  { x: 224, y: 66 },
  { x: 288, y: 52 },
] as const;

/**
 * The five stages as a path with "you are here": an inline SVG (no external file, no inline style)
 * with role="img" and a sentence as its text alternative, and the five names as a list beneath,
 * the current one marked with aria-current="step".
 */
export function StageDiagram({ stage, strings }: StageDiagramProps) {
  const index = STAGES.indexOf(stage);
  const here = POINTS[index]!;
  const label = strings.stagePosition(index + 1, STAGES.length, strings.stageNames[stage]);
  const path = `M ${POINTS[0].x} ${POINTS[0].y} ` + POINTS.slice(1).map((p, i) => {
    const prev = POINTS[i]!;
    const mid = (prev.x + p.x) / 2;
    return `C ${mid} ${prev.y} ${mid} ${p.y} ${p.x} ${p.y}`;
  }).join(' ');
  // The callout stays inside the drawing at either end.
  const calloutX = Math.min(Math.max(here.x, 56), 264);
  return (
    <figure class="sq-diagram" part="stage-diagram">
      <svg class="sq-diagram-svg" viewBox="0 0 320 150" role="img" aria-label={label} focusable="false">
        <path class="sq-diagram-path" d={path} fill="none" />
        {POINTS.map((p, i) => (
          <g key={i} class={i === index ? 'sq-diagram-stop is-here' : i < index ? 'sq-diagram-stop is-past' : 'sq-diagram-stop'}>
            <circle cx={p.x} cy={p.y} r={i === index ? 17 : 12} />
            <text x={p.x} y={p.y} dy="0.35em" text-anchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
        <g class="sq-diagram-callout">
          <rect x={calloutX - 52} y={here.y - 52} width="104" height="26" rx="13" />
          <path d={`M ${here.x - 6} ${here.y - 26.5} L ${here.x} ${here.y - 20} L ${here.x + 6} ${here.y - 26.5} Z`} />
          <text x={calloutX} y={here.y - 39} dy="0.35em" text-anchor="middle">
            {strings.youAreHere}
          </text>
        </g>
      </svg>
      <figcaption class="sq-diagram-caption">
        <ol class="sq-diagram-legend">
          {STAGES.map((s, i) => (
            <li key={s} class={i === index ? 'sq-diagram-legend-item is-here' : 'sq-diagram-legend-item'} aria-current={i === index ? 'step' : undefined}>
              <span class="sq-diagram-legend-number" aria-hidden="true">
                {i + 1}
              </span>
              {strings.stageNames[s]}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
