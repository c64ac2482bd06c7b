// dist/stages-quiz-result.js, the website script's `result` part (vite-plugins.ts ON_DEMAND_PARTS):
// the result phase. What of the built-in `quick` only it reads (src/core/result-texts.ts), which the
// website script leaves out (builtins-script.ts), comes in one more part per language
// (stages-quiz-texts-<lang>.js), loaded for the person's language as the result shows.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { joinResultTexts, type ResultTexts } from '../core/result-texts';
import type { Questionnaire } from '../core/types';
import { LoadFailed } from '../ui/LoadFailed';
import { ResultPhase as Phase, type ResultPhaseProps } from '../ui/ResultPhase';

type TextsPart = { readonly texts: ResultTexts };

/** `quick`'s languages; the first stands in for any other (a built-in has no other). */
const PARTS: Readonly<Record<string, () => Promise<TextsPart>>> = {
  en: () => import('./quick-texts-en'),
  es: () => import('./quick-texts-es'),
};

const loaded = new Map<string, ResultTexts>();
const loading = new Map<string, Promise<ResultTexts>>();
const joined = new WeakMap<Questionnaire, Map<string, Questionnaire>>();

/** The built-in whole in `lang` (the same object each time), once that language's texts are here. */
function whole(q: Questionnaire, lang: string): Questionnaire | undefined {
  const texts = loaded.get(lang);
  if (!texts || texts.id !== q.id || texts.version !== q.version) return undefined;
  let byLang = joined.get(q);
  if (!byLang) joined.set(q, (byLang = new Map()));
  let full = byLang.get(lang);
  if (!full) byLang.set(lang, (full = joinResultTexts(q, texts)));
  return full;
}

/** Loads one language's texts once (a failed load is forgotten, so the next call tries again). */
function loadTexts(lang: string): Promise<ResultTexts> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = PARTS[lang]!().then((part) => {
      loaded.set(lang, part.texts);
      return part.texts;
    });
    loading.set(lang, promise);
    promise.catch(() => loading.delete(lang));
  }
  return promise;
}

/** Called by the widget as the person starts: their language's texts arrive while they answer. */
export function prefetch(lang: string): void {
  if (Object.hasOwn(PARTS, lang)) loadTexts(lang).catch(() => undefined); // the result phase says so, and retries
}

/**
 * The result phase, given the built-in's texts in the person's language. Switching language
 * keeps the screen as it is (in the last language's texts) until the other language's arrive,
 * so a half-written next step is never thrown away.
 */
export function ResultPhase(props: ResultPhaseProps) {
  const q = props.questionnaire;
  const lang = Object.hasOwn(PARTS, props.state.lang) ? props.state.lang : 'en';
  // A questionnaire with its guidance (a host's own) is whole already.
  const bare = !Object.hasOwn(q, 'guidance');
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const [, arrived] = useState(0);
  const last = useRef<Questionnaire | undefined>(undefined);
  // Shown "Loading…" first: the result's heading takes focus when it comes (see focusOnMount).
  const waited = useRef(false);
  useEffect(() => {
    if (!bare || loaded.has(lang)) return;
    let live = true;
    loadTexts(lang).then(
      () => {
        if (live) arrived((n) => n + 1);
      },
      (error: unknown) => {
        console.error('stages-quiz: the result could not be loaded', error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [bare, lang, attempt]);
  if (!bare) return h(Phase, props);
  const current = whole(q, lang) ?? last.current;
  if (current) {
    last.current = current;
    return h(Phase, { ...props, questionnaire: current, focusOnMount: props.focusOnMount || waited.current });
  }
  waited.current = true;
  if (!failed) return h('p', { class: 'sq-note', role: 'status' }, props.strings.loading);
  return h(LoadFailed, {
    strings: props.strings,
    onRetry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
    onBack: props.onBack,
  });
}
