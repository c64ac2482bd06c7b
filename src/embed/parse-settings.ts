import type { Problem } from '../core/types';
import type { CrisisSetting } from '../ui/quiz-widget-props';

/**
 * Where the questionnaire comes from: a built-in id (`quick`, `intake`; whether it exists is checked
 * by the loader) or an absolute URL on the page's own origin.
 */
export type QuestionnaireSource =
  | { readonly kind: 'builtin'; readonly id: string }
  | { readonly kind: 'url'; readonly url: string };

/** Typed settings from the element's attributes or the standalone/iframe page's URL parameters. */
export interface EmbedSettings {
  /** Absent means the default questionnaire (`quick`). */
  readonly questionnaire?: QuestionnaireSource;
  readonly lang?: 'en' | 'es';
  readonly ctaHref?: string;
  readonly ctaLabel?: string;
  /** `cta-label-en`, `cta-label-es`: the label for a person reading that language, in place of `ctaLabel`. */
  readonly ctaLabels?: Readonly<Partial<Record<'en' | 'es', string>>>;
  /** The practice's name, on the call to action and the kept result. */
  readonly practiceName?: string;
  /** Absent means the default notice. */
  readonly crisis?: CrisisSetting;
  readonly mode?: 'self' | 'clinician';
  /** Opt-in: keep an unfinished quiz in sessionStorage. */
  readonly persist: boolean;
  /** Opt-in: the host's events (and the frame's messages) carry what the person typed. */
  readonly shareWords?: boolean;
  readonly idleMinutes?: number;
  /** Clinician mode with a PIN: minutes without input before a finished intake is cleared. */
  readonly clearMinutes?: number;
  /** The iframe embed only: the host page's origin, the one place a result may be posted. */
  readonly origin?: string;
}

/** A bag of raw strings: element attributes (null when absent) or URL parameters. */
export type RawSettings = Readonly<Record<string, string | null | undefined>>;

export interface ParsedSettings {
  readonly settings: EmbedSettings;
  /** One per bad value; `path` is the attribute (or URL parameter) name. */
  readonly problems: readonly Problem[];
}

export interface ParseSettingsOptions {
  /** The page's address: relative questionnaire URLs resolve against it and must stay on its origin. */
  readonly baseUrl?: string;
}

/** Every attribute / parameter name that `parseSettings` reads, in documentation order. */
export const SETTING_NAMES = [
  'questionnaire',
  'lang',
  'cta-href',
  'cta-label',
  'cta-label-en',
  'cta-label-es',
  'practice-name',
  'crisis',
  'crisis-en',
  'crisis-es',
  'crisis-href',
  'mode',
  'persist',
  'share-words',
  'idle-minutes',
  'clear-minutes',
  'origin',
] as const;

export type SettingName = (typeof SETTING_NAMES)[number];

type Draft = { -readonly [K in keyof EmbedSettings]: EmbedSettings[K] };
type Parser = (value: string, draft: Draft, options: ParseSettingsOptions) => string | undefined;

/** A built-in questionnaire's id, as `questionnaire` takes it (anything else is a URL). */
export const BUILTIN_ID = /^[a-z0-9][a-z0-9-]*$/;
const CRISIS_OFF = new Set(['none', 'off', 'hidden', 'false']);
const show = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

function hasScheme(value: string, schemes: readonly string[]): boolean {
  // 'https:evil.example' parses (as https://evil.example/), but nobody means it: https needs `//`.
  if (/^https:/i.test(value) && !/^https:\/\//i.test(value)) return false;
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function oneOf<T extends string>(allowed: readonly T[], set: (draft: Draft, value: T) => void): Parser {
  return (value, draft) => {
    const v = value.toLowerCase();
    if (!(allowed as readonly string[]).includes(v)) return `must be ${allowed.join(' or ')} (got ${show(value)})`;
    set(draft, v as T);
    return undefined;
  };
}

const LANG = oneOf(['en', 'es'] as const, (d, v) => (d.lang = v));

/** What is wrong with a text over `max` characters. Parsers write `tooLong(…) ?? void (set it)`: set only when it fits. */
const tooLong = (value: string, max: number) => (value.length > max ? `must be at most ${max} characters (got ${value.length})` : undefined);

/** `cta-label-<lang>`: the button's text for a person reading that language; `cta-label` for any other. */
const ctaLabelIn =
  (lang: 'en' | 'es'): Parser =>
  (value, draft) =>
    tooLong(value, 80) ?? void (draft.ctaLabels = { ...draft.ctaLabels, [lang]: value });

/**
 * `crisis-<lang>`: the practice's own notice for a person reading that language (after `crisis`,
 * table order); a person reading the other gets `crisis`, or the default notice.
 */
const crisisIn =
  (lang: 'en' | 'es'): Parser =>
  (value, draft) => {
    const base = draft.crisis ?? { kind: 'default' };
    if (base.kind === 'hidden') return `is a notice, but crisis is "none" (no notice): leave out one of them`;
    return tooLong(value, 300) ?? void (draft.crisis = { ...base, texts: { ...base.texts, [lang]: value } });
  };

// Each entry turns one raw string into a field of the draft, or returns what is wrong with it.
// Empty values mean "not set" and never reach a parser.
const PARSERS: Readonly<Record<SettingName, Parser>> = {
  questionnaire(value, draft, { baseUrl }) {
    // No slash and no dot: meant as a built-in id, never as a relative URL.
    if (!/[/.]/.test(value)) {
      if (!BUILTIN_ID.test(value)) {
        return `must be a built-in id such as "quick" (lower-case letters, digits, dashes), or a URL on this site (got ${show(value)})`;
      }
      draft.questionnaire = { kind: 'builtin', id: value };
      return undefined;
    }
    let url: URL;
    try {
      url = new URL(value, baseUrl);
    } catch {
      return `must be a built-in id such as "quick", or a URL on this site (got ${show(value)})`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http(s) URL (got ${show(value)})`;
    if (!baseUrl || url.origin !== new URL(baseUrl).origin) {
      return `must be on this site's own origin; questionnaires are never loaded from elsewhere (got ${show(value)})`;
    }
    draft.questionnaire = { kind: 'url', url: url.href };
    return undefined;
  },
  // A language tag's first part decides: "es-MX" and "es-419" are Spanish.
  lang: (value, draft, options) => LANG(value.split('-')[0]!, draft, options),
  'cta-href'(value, draft) {
    if (!hasScheme(value, ['https:', 'mailto:', 'tel:'])) return `must be an https:, mailto: or tel: link (got ${show(value)})`;
    draft.ctaHref = value;
    return undefined;
  },
  'cta-label': (value, draft) => tooLong(value, 80) ?? void (draft.ctaLabel = value),
  'cta-label-en': ctaLabelIn('en'),
  'cta-label-es': ctaLabelIn('es'),
  'practice-name': (value, draft) => tooLong(value, 80) ?? void (draft.practiceName = value),
  crisis(value, draft) {
    if (CRISIS_OFF.has(value.toLowerCase())) draft.crisis = { kind: 'hidden' };
    else if (value.toLowerCase() === 'default') draft.crisis = { kind: 'default' };
    else return tooLong(value, 300) ?? void (draft.crisis = { kind: 'custom', text: value });
    return undefined;
  },
  'crisis-en': crisisIn('en'),
  'crisis-es': crisisIn('es'),
  // Applied after `crisis` (table order), so it can attach to a custom notice.
  'crisis-href'(value, draft) {
    if (!hasScheme(value, ['tel:', 'sms:', 'https:'])) return `must be a tel:, sms: or https: link (got ${show(value)})`;
    if (draft.crisis?.kind !== 'custom' && !(draft.crisis?.kind === 'default' && draft.crisis.texts)) return 'needs a crisis attribute with the notice text (or crisis-en, crisis-es)';
    draft.crisis = { ...draft.crisis, href: value };
    return undefined;
  },
  mode: oneOf(['self', 'clinician'] as const, (d, v) => (d.mode = v)),
  persist(value, draft) {
    const v = value.toLowerCase();
    if (v === 'false') draft.persist = false;
    else if (v === 'true' || v === 'session' || v === 'persist') draft.persist = true;
    else return `must be present (or "session") to keep an unfinished quiz, or "false" (got ${show(value)})`;
    return undefined;
  },
  'share-words'(value, draft) {
    const v = value.toLowerCase();
    if (v === 'false') draft.shareWords = false;
    else if (v === 'true' || v === 'share-words') draft.shareWords = true;
    else return `must be present to let the page's events carry what the person types, or "false" (got ${show(value)})`;
    return undefined;
  },
  'idle-minutes'(value, draft) {
    const n = minutes(value);
    if (n === undefined) return `must be a number of minutes from 1 to 1440 (got ${show(value)})`;
    draft.idleMinutes = n;
    return undefined;
  },
  'clear-minutes'(value, draft) {
    const n = minutes(value);
    if (n === undefined) return `must be a number of minutes from 1 to 1440 (got ${show(value)})`;
    draft.clearMinutes = n;
    return undefined;
  },
  origin(value, draft) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, '')) {
      return `must be the host page's origin, like https://www.example.com (got ${show(value)})`;
    }
    draft.origin = url.origin;
    return undefined;
  },
};

/**
 * A number of minutes from 1 to a day, or undefined. At least a minute: a shorter timer would wipe
 * (or lock) an intake while the client is still reading.
 */
function minutes(value: string): number | undefined {
  const n = Number(value);
  return /^\d+(\.\d+)?$/.test(value.trim()) && n >= 1 && n <= 1440 ? n : undefined;
}

/**
 * Turns raw attribute values or URL parameters into typed settings, and lists every bad value with
 * the attribute's name and what is wrong. Pure and table-driven; never throws. Unknown names are
 * ignored (a page URL may carry unrelated parameters). A boolean attribute such as `persist` is on
 * when present with an empty value.
 */
export function parseSettings(raw: RawSettings, options: ParseSettingsOptions = {}): ParsedSettings {
  const draft: Draft = { persist: false };
  const problems: Problem[] = [];
  for (const name of SETTING_NAMES) {
    const value = raw[name];
    if (value === null || value === undefined) continue;
    const trimmed = value.trim();
    if (trimmed === '') {
      if (name === 'persist') draft.persist = true;
      if (name === 'share-words') draft.shareWords = true;
      continue;
    }
    const wrong = PARSERS[name](trimmed, draft, options);
    if (wrong) problems.push({ path: name, message: `${name} ${wrong}` });
  }
  return { settings: draft, problems };
}

/** Collects URL parameters into the record `parseSettings` reads (the first value of each name wins). */
export function settingsFromSearch(search: string | URLSearchParams): Record<string, string> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}
