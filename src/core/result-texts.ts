import type { Item, Locale, LocalizedText, Questionnaire, RulerFollowUp } from './types';

/**
 * What of a questionnaire only the result and the next step read: the guidance, the next steps
 * and the placeholders, and inside the items the options' phrases and the rulers' follow-ups.
 * The website script carries its built-in without them (the intro and the questions need none of
 * it) and its on-demand `result` part carries them; `joinResultTexts` puts them back before the
 * result shows. One split, tested to round-trip, so the format keeps one source of truth.
 */
export interface ResultTexts {
  readonly id: string;
  readonly version: string;
  readonly guidance: Questionnaire['guidance'];
  readonly nextSteps?: Questionnaire['nextSteps'];
  readonly placeholders?: Questionnaire['placeholders'];
  /** Item id → its options' phrases (by option value) and its follow-ups, for items that have any. */
  readonly items: Readonly<Record<string, ItemTexts>>;
}

interface ItemTexts {
  readonly phrases?: Readonly<Record<string, LocalizedText>>;
  readonly followUps?: readonly RulerFollowUp[];
}

/**
 * Splits a questionnaire into what its first screens need and its result texts. `first` also
 * leaves out `provenance` and `url`, which no screen reads (FHIR exports and clinics read the full file).
 * `first` is typed as a Questionnaire for the widget's props, but only `joinResultTexts(first,
 * texts)` is a whole one: nothing may read the fields it lacks before they are joined back.
 */
export function splitResultTexts(q: Questionnaire): { readonly first: Questionnaire; readonly texts: ResultTexts } {
  const { guidance, nextSteps, placeholders, provenance: _provenance, url: _url, ...rest } = q;
  const items: Record<string, ItemTexts> = {};
  const firstItems = q.items.map((item): Item => {
    if (item.type === 'ruler' && item.followUps) {
      const { followUps, ...bare } = item;
      items[item.id] = { followUps };
      return bare;
    }
    if (item.type === 'choice' && item.options.some((o) => o.phrase)) {
      const phrases: Record<string, LocalizedText> = {};
      const options = item.options.map(({ phrase, ...option }) => {
        if (phrase) phrases[option.value] = phrase;
        return option;
      });
      items[item.id] = { phrases };
      return { ...item, options };
    }
    return item;
  });
  const texts: ResultTexts = {
    id: q.id,
    version: q.version,
    guidance,
    ...(nextSteps && { nextSteps }),
    ...(placeholders && { placeholders }),
    items,
  };
  return { first: { ...rest, items: firstItems } as unknown as Questionnaire, texts };
}

/** The questionnaire whole again (without provenance and url): `first` with `texts` put back in place. */
export function joinResultTexts(first: Questionnaire, texts: ResultTexts): Questionnaire {
  const items = first.items.map((item): Item => {
    const extra = Object.hasOwn(texts.items, item.id) ? texts.items[item.id] : undefined;
    if (!extra) return item;
    if (item.type === 'ruler' && extra.followUps) return { ...item, followUps: extra.followUps };
    if (item.type === 'choice' && extra.phrases) {
      const phrases = extra.phrases;
      return { ...item, options: item.options.map((o) => (Object.hasOwn(phrases, o.value) ? { ...o, phrase: phrases[o.value]! } : o)) };
    }
    return item;
  });
  return {
    ...first,
    items,
    guidance: texts.guidance,
    ...(texts.nextSteps && { nextSteps: texts.nextSteps }),
    ...(texts.placeholders && { placeholders: texts.placeholders }),
  };
}

/**
 * The same texts in one language only: every localized text keeps just `lang` (the website
 * script's result part loads one language's texts, and another only when the person switches).
 * @param locales the questionnaire's locales: an object whose keys are all among them, with text
 *   values, is a localized text.
 */
export function resultTextsIn(texts: ResultTexts, lang: Locale, locales: readonly Locale[]): ResultTexts {
  const known = new Set(locales);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const localized = entries.length > 0 && entries.every(([key, text]) => known.has(key) && typeof text === 'string');
    if (localized) return Object.hasOwn(value, lang) ? { [lang]: (value as Record<string, string>)[lang] } : value;
    return Object.fromEntries(entries.map(([key, inner]) => [key, walk(inner)]));
  };
  return walk(texts) as ResultTexts;
}
