// dist/stages-quiz-result.js, the website script's `result` part (vite-plugins.ts ON_DEMAND_PARTS):
// the result phase. Its words (loaded-words.ts) and what of the built-in `quick` only it reads
// (src/core/result-texts.ts), which the website script leaves out (builtins-script.ts), come in one
// more part per language, loaded for the person's language as they answer:
// stages-quiz-texts-<lang>.js (`quick`'s texts and the words) or, for a host's own questionnaire,
// stages-quiz-words-<lang>.js.
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import { joinResultTexts, type ResultTexts } from '../core/result-texts';
import type { Questionnaire } from '../core/types';
import { lazyModule, useLazyModule, type LazyModule } from '../ui/lazy-module';
import { ResultPending } from '../ui/ResultPending';
import { ResultPhase as Phase, type ResultPhaseProps } from '../ui/ResultPhase';
import { uiLanguage, type UiLanguage } from '../ui/strings';
import { addWords, type Words } from './loaded-words';

/** One language's parts: `quick`'s texts with the words, or the words alone for a host's own questionnaire. */
interface LangParts {
  readonly texts: LazyModule<{ readonly texts: ResultTexts; readonly words: Words }>;
  readonly words: LazyModule<{ readonly words: Words }>;
}

/** A part that brings `lang`'s words, which it adds for the result's modules as it arrives (loaded-words.ts). */
const withWords = <T extends { readonly words: Words }>(lang: UiLanguage, importer: () => Promise<T>): LazyModule<T> =>
  lazyModule(() => importer().then((mod) => (addWords(lang, mod.words), mod)));

/** The languages the widget speaks, each its own parts; English stands in for any other (as in ui/strings.ts). */
const PARTS: Readonly<Record<UiLanguage, LangParts>> = {
  en: { texts: withWords('en', () => import('./quick-texts-en')), words: withWords('en', () => import('./words-en')) },
  es: { texts: withWords('es', () => import('./quick-texts-es')), words: withWords('es', () => import('./words-es')) },
};

/** A built-in as the website script carries it: without its result texts. */
const bare = (q: Questionnaire) => !Object.hasOwn(q, 'guidance');

/** The part the result needs in `lang`: a built-in's texts (words included), or a host questionnaire's words. */
const partFor = (q: Questionnaire, lang: UiLanguage): LazyModule<{ readonly words: Words }> => (bare(q) ? PARTS[lang].texts : PARTS[lang].words);

const joined = new WeakMap<Questionnaire, Map<string, Questionnaire>>();

/** The questionnaire whole in `lang` (the same object each time), once that language's part is here. */
function whole(q: Questionnaire, lang: UiLanguage): Questionnaire | undefined {
  if (!partFor(q, lang).loaded) return undefined;
  if (!bare(q)) return q;
  const texts = PARTS[lang].texts.loaded?.texts;
  if (!texts || texts.id !== q.id || texts.version !== q.version) return undefined;
  let byLang = joined.get(q);
  if (!byLang) joined.set(q, (byLang = new Map()));
  let full = byLang.get(lang);
  if (!full) byLang.set(lang, (full = joinResultTexts(q, texts)));
  return full;
}

/** Called by the widget as the person starts: what the result needs in their language arrives while they answer. */
export function prefetch(q: Questionnaire, lang: string): void {
  partFor(q, uiLanguage(lang)).load().catch(() => undefined); // the result phase says so, and retries
}

/**
 * The result phase, once the person's language's part is here (the words, and a built-in's texts).
 * Switching language keeps the screen as it is (in the last language's words and texts) until the
 * other language's arrive, so a half-written next step is never thrown away.
 */
export function ResultPhase(props: ResultPhaseProps) {
  const lang = uiLanguage(props.state.lang);
  const { failed, retry } = useLazyModule(partFor(props.questionnaire, lang), 'the result');
  const last = useRef<Questionnaire | undefined>(undefined);
  // Shown "Loading…" first: the result's heading takes focus when it comes (see focusOnMount).
  const waited = useRef(false);
  // While another language's part loads, the last one's screen stays; if that load fails, the person
  // is told and can try again (their answers and words are the widget's, kept meanwhile).
  const current = whole(props.questionnaire, lang) ?? (failed ? undefined : last.current);
  if (current) {
    last.current = current;
    return h(Phase, { ...props, questionnaire: current, focusOnMount: props.focusOnMount || waited.current });
  }
  waited.current = true;
  return h(ResultPending, { failed, strings: props.strings, onRetry: retry, onBack: props.onBack });
}
