// dist/stages-quiz-result.js, the website script's `result` part (vite-plugins.ts ON_DEMAND_PARTS):
// the result phase. What of a built-in only the result reads (src/core/result-texts.ts), which the
// website script leaves out (builtins-script.ts), comes in one more part per language and stage
// (stages-quiz-texts-<id>-<lang>-<stage>.js, vite-plugins.ts stageTextsParts): a person sees one
// stage's result, so their path loads that stage's texts only, asked for as soon as their answers
// decide it (QuizWidget's prefetch) and loaded as the result shows if that guess was wrong.
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import { joinResultTexts, type ResultTexts } from '../core/result-texts';
import type { Questionnaire, Stage } from '../core/types';
import { lazyModule, useLazyModule, type LazyModule } from '../ui/lazy-module';
import { ResultPending } from '../ui/ResultPending';
import { ResultPhase as Phase, type ResultPhaseProps } from '../ui/ResultPhase';
import { loadPart } from './load-part';

type TextsPart = { readonly texts: ResultTexts };

const parts = new Map<string, LazyModule<TextsPart>>();
const joined = new Map<string, Questionnaire>();

/** A built-in's language for `lang` (its first stands in for one it lacks). */
const textsLang = (q: Questionnaire, lang: string) => (q.locales.includes(lang) ? lang : q.locales[0]!);

/** One part name per built-in, language and stage (the name vite-plugins.ts stageTextsPart gives it). */
const partName = (q: Questionnaire, lang: string, stage: Stage) => `texts-${q.id}-${textsLang(q, lang)}-${stage}`;

/** The texts part for this questionnaire, language and stage (the same loader each time). */
function textsPart(q: Questionnaire, lang: string, stage: Stage): LazyModule<TextsPart> {
  const name = partName(q, lang, stage);
  let part = parts.get(name);
  if (!part) parts.set(name, (part = lazyModule(() => loadPart<TextsPart>(name))));
  return part;
}

/** The built-in whole for this language and stage (the same object each time), once its texts are here. */
function whole(q: Questionnaire, lang: string, stage: Stage): Questionnaire | undefined {
  const texts = textsPart(q, lang, stage).loaded?.texts;
  if (!texts || texts.id !== q.id || texts.version !== q.version) return undefined;
  const key = partName(q, lang, stage);
  let full = joined.get(key);
  if (!full) joined.set(key, (full = joinResultTexts(q, texts)));
  return full;
}

/** A built-in as the website script carries it: without its result texts. */
const bare = (q: Questionnaire) => !Object.hasOwn(q, 'guidance');

/**
 * Called by the widget while the person answers: once their answers so far decide a stage, a
 * built-in's texts for it in their language start loading, so the result shows at once.
 */
export function prefetch(q: Questionnaire, lang: string, stage?: Stage): void {
  if (bare(q) && stage) textsPart(q, lang, stage).load().catch(() => undefined); // the result phase says so, and retries
}

/**
 * The result phase, given a built-in's texts for the result's stage in the person's language.
 * Switching language keeps the screen as it is (in the last language's texts) until the other
 * language's arrive, so a half-written next step is never thrown away.
 */
export function ResultPhase(props: ResultPhaseProps) {
  // A questionnaire with its guidance (a host's own) is whole already.
  return h(bare(props.questionnaire) ? WithTexts : Phase, props);
}

function WithTexts(props: ResultPhaseProps) {
  const { questionnaire: q, state, result } = props;
  const { failed, retry } = useLazyModule(textsPart(q, state.lang, result.stage), 'the result');
  const last = useRef<Questionnaire | undefined>(undefined);
  // Shown "Loading…" first: the result's heading takes focus when it comes (see focusOnMount).
  const waited = useRef(false);
  // The last language's texts stand in only for the same stage.
  const current = whole(q, state.lang, result.stage) ?? (last.current?.guidance[result.stage] ? last.current : undefined);
  if (current) {
    last.current = current;
    return h(Phase, { ...props, questionnaire: current, focusOnMount: props.focusOnMount || waited.current });
  }
  waited.current = true;
  return h(ResultPending, { failed, strings: props.strings, onRetry: retry, onBack: props.onBack });
}
