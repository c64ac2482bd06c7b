import { STAGES, type Stage } from '../core/types';
import type { ResultStrings } from './result-strings';

export interface StageDiagramProps {
  readonly stage: Stage;
  readonly strings: ResultStrings;
}

// Five stops on a level, winding path, left to right, in a 320 × 120 box; a dashed arc runs back
// beneath it from the last stops to the first: people move along it and often come back (MI:
// recycling is part of change). Level, with no numbers, so nobody is "at the bottom".
const XS = [32, 96, 160, 224, 288] as const;
const Y = 62;
const PATH = `M ${XS[0]} ${Y} ` + XS.slice(1).map((x, i) => `Q ${x - 32} ${i % 2 ? Y + 14 : Y - 14} ${x} ${Y}`).join(' ');
const RETURN = `M 272 ${Y + 20} C 230 ${Y + 58} 90 ${Y + 58} 48 ${Y + 20}`;

/**
 * The five stages as a path with "you are here": an inline SVG (no external file, no inline style)
 * with role="img" and a sentence as its text alternative, and the five names as a list beneath,
 * the current one marked with aria-current="step".
 */
export function StageDiagram({ stage, strings }: StageDiagramProps) {
  const index = STAGES.indexOf(stage);
  const x = XS[index]!;
  const names = STAGES.map((s) => strings.stageNames[s].toLowerCase());
  const label = strings.stagePosition(names.join(', '), names[index]!);
  // The callout stays inside the drawing at either end.
  const calloutX = Math.min(Math.max(x, 56), 264);
  return (
    <figure class="sq-diagram" part="stage-diagram">
      <svg class="sq-diagram-svg" viewBox="0 0 320 120" role="img" aria-label={label} focusable="false">
        <path class="sq-diagram-return" d={RETURN} fill="none" />
        {/* The arc's arrowhead at its end by the first stop, along the arc's last direction. */}
        <path class="sq-diagram-arrow" d={`M 57 ${Y + 22} L 48 ${Y + 20} L 51 ${Y + 29}`} fill="none" />
        <path class="sq-diagram-path" d={PATH} fill="none" />
        {XS.map((px, i) => (
          <circle key={i} class={i === index ? 'sq-diagram-stop is-here' : 'sq-diagram-stop'} cx={px} cy={Y} r={i === index ? 13 : 8} />
        ))}
        <g class="sq-diagram-callout">
          <rect x={calloutX - 52} y={Y - 50} width="104" height="26" rx="13" />
          <path d={`M ${x - 6} ${Y - 24.5} L ${x} ${Y - 18} L ${x + 6} ${Y - 24.5} Z`} />
          <text x={calloutX} y={Y - 37} dy="0.35em" text-anchor="middle">
            {strings.youAreHere}
          </text>
        </g>
      </svg>
      <figcaption class="sq-diagram-caption">
        <ol class="sq-diagram-legend">
          {STAGES.map((s, i) => (
            <li key={s} class={i === index ? 'sq-diagram-legend-item is-here' : 'sq-diagram-legend-item'} aria-current={i === index ? 'step' : undefined}>
              {strings.stageNames[s]}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
