// dist/stages-quiz-result.js, the website script's `result` part (vite-plugins.ts ON_DEMAND_PARTS):
// the result phase. What of the built-in `quick` only it reads (src/core/result-texts.ts), which the
// website script leaves out (builtins-script.ts), comes in one more part per language
// (stages-quiz-texts-<lang>.js), loaded for the person's language as the result shows.
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import { joinResultTexts, type ResultTexts } from '../core/result-texts';
import type { Questionnaire } from '../core/types';
import { lazyModule, useLazyModule } from '../ui/lazy-module';
import { ResultPending } from '../ui/ResultPending';
import { ResultPhase as Phase, type ResultPhaseProps } from '../ui/ResultPhase';

/** `quick`'s languages, each its own part; the first stands in for any other (a built-in has no other). */
const TEXTS = {
  en: lazyModule<{ readonly texts: ResultTexts }>(() => import('./quick-texts-en')),
  es: lazyModule<{ readonly texts: ResultTexts }>(() => import('./quick-texts-es')),
};
type TextsLang = keyof typeof TEXTS;

const joined = new WeakMap<Questionnaire, Map<string, Questionnaire>>();

/** The built-in whole in `lang` (the same object each time), once that language's texts are here. */
function whole(q: Questionnaire, lang: TextsLang): Questionnaire | undefined {
  const texts = TEXTS[lang].loaded?.texts;
  if (!texts || texts.id !== q.id || texts.version !== q.version) return undefined;
  let byLang = joined.get(q);
  if (!byLang) joined.set(q, (byLang = new Map()));
  let full = byLang.get(lang);
  if (!full) byLang.set(lang, (full = joinResultTexts(q, texts)));
  return full;
}

const textsLang = (lang: string): TextsLang => (Object.hasOwn(TEXTS, lang) ? (lang as TextsLang) : 'en');

/** A built-in as the website script carries it: without its result texts. */
const bare = (q: Questionnaire) => !Object.hasOwn(q, 'guidance');

/** Called by the widget as the person starts: a built-in's texts in their language arrive while they answer. */
export function prefetch(q: Questionnaire, lang: string): void {
  if (bare(q)) TEXTS[textsLang(lang)].load().catch(() => undefined); // the result phase says so, and retries
}

/**
 * The result phase, given a built-in's texts in the person's language. Switching language
 * keeps the screen as it is (in the last language's texts) until the other language's arrive,
 * so a half-written next step is never thrown away.
 */
export function ResultPhase(props: ResultPhaseProps) {
  // A questionnaire with its guidance (a host's own) is whole already.
  return h(bare(props.questionnaire) ? WithTexts : Phase, props);
}

function WithTexts(props: ResultPhaseProps) {
  const lang = textsLang(props.state.lang);
  const { failed, retry } = useLazyModule(TEXTS[lang], 'the result');
  const last = useRef<Questionnaire | undefined>(undefined);
  // Shown "Loading…" first: the result's heading takes focus when it comes (see focusOnMount).
  const waited = useRef(false);
  const current = whole(props.questionnaire, lang) ?? last.current;
  if (current) {
    last.current = current;
    return h(Phase, { ...props, questionnaire: current, focusOnMount: props.focusOnMount || waited.current });
  }
  waited.current = true;
  return h(ResultPending, { failed, strings: props.strings, onRetry: retry, onBack: props.onBack });
}
