// dist/stages-quiz-result.js, the website script's `result` part (vite-plugins.ts ON_DEMAND_PARTS):
// the result phase, and what of the built-ins only it reads (src/core/result-texts.ts), which the
// website script leaves out (builtins-website.ts).
import { h } from 'preact';
import quick from '../../questionnaire/quick.json?checked&part=result';
import { joinResultTexts } from '../core/result-texts';
import type { Questionnaire } from '../core/types';
import { ResultPhase as Phase, type ResultPhaseProps } from '../ui/ResultPhase';

const joined = new WeakMap<Questionnaire, Questionnaire>();

/** A built-in as the website script carries it, whole again (the same object each time). */
function whole(q: Questionnaire): Questionnaire {
  if (Object.hasOwn(q, 'guidance') || q.id !== quick.id || q.version !== quick.version) return q;
  let full = joined.get(q);
  if (!full) joined.set(q, (full = joinResultTexts(q, quick)));
  return full;
}

/** The result phase, given a built-in's result texts. */
export function ResultPhase(props: ResultPhaseProps) {
  return h(Phase, { ...props, questionnaire: whole(props.questionnaire) });
}
