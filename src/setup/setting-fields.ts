import { SETTING_NAMES } from '../embed/parse-settings';

/** How the setup form asks for one setting. */
export type FieldSpec =
  | { readonly kind: 'select'; readonly options: readonly string[] }
  | { readonly kind: 'text'; readonly type: 'text' | 'url' | 'number'; readonly long?: boolean }
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'crisis' };

/** Form state: raw setting values by attribute name, as parseSettings reads them (unset: absent). */
export type FormSettings = Readonly<Record<string, string | undefined>>;

// The settings the form knows how to ask for; any other name in SETTING_NAMES (a setting added
// later) gets a plain text field labelled with its name, so it is never missing from the form.
const SPECS: Readonly<Record<string, FieldSpec>> = {
  lang: { kind: 'select', options: ['', 'en', 'es'] },
  'cta-href': { kind: 'text', type: 'url' },
  'cta-label': { kind: 'text', type: 'text' },
  'cta-label-en': { kind: 'text', type: 'text' },
  'cta-label-es': { kind: 'text', type: 'text' },
  crisis: { kind: 'crisis' },
  'crisis-en': { kind: 'text', type: 'text', long: true },
  'crisis-es': { kind: 'text', type: 'text', long: true },
  'crisis-href': { kind: 'text', type: 'url' },
  mode: { kind: 'select', options: ['', 'clinician'] },
  persist: { kind: 'checkbox' },
  'share-words': { kind: 'checkbox' },
  'practice-name': { kind: 'text', type: 'text' },
  'idle-minutes': { kind: 'text', type: 'number' },
  'clear-minutes': { kind: 'text', type: 'number' },
};

/** Whether a setting is on by being present (a boolean attribute such as `persist`): '' means on. */
export function isFlag(name: string): boolean {
  return SPECS[name]?.kind === 'checkbox';
}

/** Settings with a section of their own on the page (questionnaire source; the iframe's origin). */
const ELSEWHERE = new Set(['questionnaire', 'origin']);

/** Which settings the form shows now; some only make sense with another (a custom notice's link, clinician minutes). */
const WHEN: Readonly<Record<string, (s: FormSettings) => boolean>> = {
  'crisis-href': (s) => s.crisis !== 'none' && (s.crisis !== undefined || s['crisis-en'] !== undefined || s['crisis-es'] !== undefined),
  // A notice per language, beside the default notice or the practice's own.
  'crisis-en': (s) => s.crisis !== 'none',
  'crisis-es': (s) => s.crisis !== 'none',
  'idle-minutes': (s) => s.mode === 'clinician',
  'clear-minutes': (s) => s.mode === 'clinician',
};

/**
 * The form's fields, in SETTING_NAMES order (the single source of truth for what can be set).
 * @param names the settings to ask for; every name without a spec of its own gets a text field.
 */
export function formFields(settings: FormSettings, names: readonly string[] = SETTING_NAMES): { name: string; spec: FieldSpec }[] {
  return names.filter((name) => !ELSEWHERE.has(name) && (WHEN[name]?.(settings) ?? true)).map((name) => ({
    name,
    spec: SPECS[name] ?? { kind: 'text', type: 'text' },
  }));
}
