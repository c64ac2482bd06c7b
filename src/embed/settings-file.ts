import type { Problem } from '../core/types';
import { parseSettings, SETTING_NAMES, type RawSettings } from './parse-settings';
import { parseTheme, type Theme } from './parse-theme';

/** The practice's defaults file, read from beside the standalone and frame pages. */
export const SETTINGS_FILE = 'settings.json';

/** What settings.json gave: raw settings that passed (URL parameters go on top), the theme, and what was wrong. */
export interface SettingsFile {
  readonly raw: Readonly<Record<string, string>>;
  readonly theme: Theme;
  /** Each names the file, the key and what is wrong; the page goes on with the rest. */
  readonly problems: readonly Problem[];
}

export const NO_SETTINGS_FILE: SettingsFile = { raw: {}, theme: {}, problems: [] };

/**
 * Checks the parsed content of settings.json: keys named like the element's attributes (strings;
 * a flag such as `persist` may be a boolean, a number of minutes a number) plus an optional `theme` object. Each bad
 * value becomes a problem naming the file and key and is left out; the rest is kept. Never throws.
 */
export function readSettingsFile(json: unknown, file = SETTINGS_FILE, baseUrl?: string): SettingsFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ...NO_SETTINGS_FILE, problems: [{ path: file, message: `${file} must hold one object like { "cta-href": "https://…" }` }] };
  }
  const problems: Problem[] = [];
  const candidate: Record<string, string> = {};
  let theme: Theme = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === '$comment') continue;
    if (key === 'theme') {
      const parsed = parseTheme(value, 'theme');
      theme = parsed.theme;
      for (const p of parsed.problems) problems.push({ path: `${file}: ${p.path}`, message: `${file}: ${p.message}` });
      continue;
    }
    if (!(SETTING_NAMES as readonly string[]).includes(key)) {
      problems.push({ path: `${file}: ${key}`, message: `${file}: "${key}" is not a setting (one of ${SETTING_NAMES.join(', ')}, theme)` });
      continue;
    }
    if (typeof value === 'string') candidate[key] = value;
    // A flag (persist, share-words): true is the attribute present, false is "false".
    else if (typeof value === 'boolean') candidate[key] = value ? '' : 'false';
    else if (typeof value === 'number' && Number.isFinite(value)) candidate[key] = String(value);
    else problems.push({ path: `${file}: ${key}`, message: `${file}: ${key} must be text (got ${JSON.stringify(value)})` });
  }
  // The same checks as attributes; a key whose value fails is dropped, the others stay.
  const raw = { ...candidate };
  for (const p of parseSettings(candidate, { baseUrl }).problems) {
    delete raw[p.path];
    problems.push({ path: `${file}: ${p.path}`, message: `${file}: ${p.message}` });
  }
  return { raw, theme, problems };
}

/** The file's defaults with the URL's parameters on top: a parameter the URL gives wins. */
export function mergeSettings(file: SettingsFile, fromUrl: RawSettings): RawSettings {
  const merged: Record<string, string | null | undefined> = { ...file.raw };
  for (const [key, value] of Object.entries(fromUrl)) if (value !== undefined && value !== null) merged[key] = value;
  return merged;
}

/**
 * Fetches settings.json from beside the page (same origin, no cookies, no referrer; revalidated,
 * so a changed file shows up on the next visit). Absent (404) is the usual case and costs no
 * problem; anything else that goes wrong is reported and the page goes on without the file.
 */
export async function fetchSettingsFile(
  pageUrl: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<SettingsFile> {
  const url = new URL(SETTINGS_FILE, pageUrl);
  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      mode: 'same-origin',
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
    });
  } catch (error) {
    return { ...NO_SETTINGS_FILE, problems: [{ path: SETTINGS_FILE, message: `${SETTINGS_FILE} could not be fetched (${String(error)})` }] };
  }
  if (response.status === 404) return NO_SETTINGS_FILE;
  if (!response.ok) {
    return { ...NO_SETTINGS_FILE, problems: [{ path: SETTINGS_FILE, message: `${SETTINGS_FILE} answered HTTP ${response.status}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return { ...NO_SETTINGS_FILE, problems: [{ path: SETTINGS_FILE, message: `${SETTINGS_FILE} is not valid JSON (${String(error)})` }] };
  }
  return readSettingsFile(json, SETTINGS_FILE, pageUrl);
}

/** Logs what was wrong in settings.json (for the practice's web person; visitors see the quiz). */
export function reportSettingsFile(file: SettingsFile): void {
  for (const p of file.problems) console.error(`stages-quiz: ${p.message}`);
}
