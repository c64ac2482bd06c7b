import type { Problem } from './types';
import { childPath, describe, expectType, get, isObject, list, quote, type JsonValue } from './validate-context';

/** BCP 47-ish: a 2–3 letter language, then optional subtags (`en`, `es-419`, `zh-Hant`). */
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Checks the declared locales; returns them when usable for checking translations. */
export function validateLocales(value: JsonValue | undefined, path: string, out: Problem[]): string[] | undefined {
  if (!expectType(value, 'array', path, out)) return undefined;
  const locales = value as readonly JsonValue[];
  if (locales.length === 0) {
    out.push({ path, message: "declare at least one locale, e.g. [\"en\"]" });
    return undefined;
  }
  const seen = new Map<string, number>();
  let usable = true;
  locales.forEach((locale, i) => {
    const at = `${path}[${i}]`;
    if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale)) {
      out.push({ path: at, message: `${typeof locale === 'string' ? quote(locale) : describe(locale)} is not a language tag; expected e.g. 'en', 'es' or 'es-419'` });
      usable = false;
      return;
    }
    const first = seen.get(locale.toLowerCase());
    if (first !== undefined) {
      out.push({ path: at, message: `duplicate locale '${locale}' (first used at ${path}[${first}])` });
      usable = false;
    } else seen.set(locale.toLowerCase(), i);
  });
  return usable ? (locales as string[]) : undefined;
}

/** "Spanish ('es')", or "'xx'" when the runtime cannot name the language. */
export function localeName(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    if (name && name !== locale) return `${name} ('${locale}')`;
  } catch {
    // An unknown tag: fall back to the tag itself.
  }
  return `'${locale}'`;
}

/**
 * Checks a LocalizedText: an object with a non-empty string for exactly the declared locales.
 * With unusable locales (reported elsewhere) only the shape is checked.
 */
export function validateLocalizedText(
  value: JsonValue | undefined,
  path: string,
  locales: readonly string[] | undefined,
  out: Problem[],
): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    const example = (locales ?? ['en']).map((l) => `"${l}": "…"`).join(', ');
    out.push({ path, message: `expected a text in every locale, e.g. { ${example} }; got ${describe(value)}` });
    return;
  }
  for (const key of Object.keys(value)) {
    const at = childPath(path, key);
    if (locales && !locales.includes(key)) {
      out.push({ path: at, message: `unknown locale ${quote(key)}; the questionnaire declares: ${list(locales)}` });
      continue;
    }
    const text = get(value, key);
    if (typeof text !== 'string') out.push({ path: at, message: `expected a string, got ${describe(text)}` });
    else if (text.trim() === '') out.push({ path: at, message: `empty ${localeName(key)} text; write the translation` });
  }
  for (const locale of locales ?? []) {
    if (!Object.hasOwn(value, locale)) out.push({ path: childPath(path, locale), message: `missing ${localeName(locale)} translation` });
  }
}
