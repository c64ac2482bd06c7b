import { WEBSITE_BUILTINS } from '../embed/builtins-website';
import { BUILTIN_ID, SETTING_NAMES, type RawSettings } from '../embed/parse-settings';
import { themeCss, type Theme } from '../embed/parse-theme';
import { SETTINGS_FILE } from '../embed/settings-file';
import { isFlag } from './setting-fields';

/** What the snippets are made of; every value is the web person's own input, so all of it is escaped. */
export interface SnippetInput {
  /** Where the quiz's files are hosted (the folder holding stages-quiz.js), an http(s) URL. */
  readonly filesUrl: string;
  /** Settings by attribute name, as the form holds them (unset: absent; a flag such as `persist` on: ''). */
  readonly settings: RawSettings;
  readonly theme: Theme;
  /** The iframe's title: the questionnaire's title in the chosen language. */
  readonly title: string;
}

export interface Snippets {
  /** Script tag and element (the website script, or the clinician script for clinician mode or a clinic's built-in). */
  readonly script: string;
  /** The theme as CSS for the host's stylesheet ('' without a theme). */
  readonly css: string;
  /** The iframe and its helper script. */
  readonly iframe: string;
  /** A link to the standalone page. */
  readonly link: string;
  /** The practice's defaults file, to put beside index.html and frame.html. */
  readonly settingsJson: string;
}

/**
 * Text for an HTML attribute value in double quotes (the only quoting the snippets use), or for
 * element content: nothing in it can end the value or open a tag.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/** The folder URL, normalised (percent-encoded by the URL parser) and ending in a slash. */
export function filesFolder(filesUrl: string): string {
  const url = new URL(filesUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('the files address must be an http(s) URL');
  url.search = '';
  url.hash = '';
  // The address of one of the files (stages-quiz.js, pasted from a page) means the folder it is in.
  url.pathname = url.pathname.replace(/\/[^/]*\.(?:m?js|html?)$/i, '/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The set settings in documentation order (SETTING_NAMES first, then any others), empty text left out. */
export function setEntries(settings: RawSettings, skip: readonly string[] = []): [string, string][] {
  const names = [...SETTING_NAMES, ...Object.keys(settings).filter((k) => !(SETTING_NAMES as readonly string[]).includes(k))];
  const out: [string, string][] = [];
  for (const name of names) {
    const value = settings[name];
    if (value === undefined || value === null || skip.includes(name)) continue;
    // A flag (persist, share-words) is on when present: '' means on; other settings are unset when empty.
    if (value.trim() === '' && !isFlag(name)) continue;
    out.push([name, value]);
  }
  return out;
}

/**
 * Builds every snippet as an exact string. Attribute values and text are HTML-escaped, URL
 * parameters URL-encoded and then HTML-escaped, so quotes, `</script>` or `&` in a label stay text.
 * @throws when `filesUrl` is not an http(s) URL (the form checks it first).
 */
export function buildSnippets(input: SnippetInput): Snippets {
  const folder = filesFolder(input.filesUrl);
  // The website script carries only its own built-ins (`quick`): a clinic's built-in such as
  // `intake` needs the clinician script, in either mode. A URL is fine with either.
  const id = input.settings.questionnaire?.trim() ?? '';
  const clinicBuiltin = BUILTIN_ID.test(id) && !WEBSITE_BUILTINS.has(id);
  const clinician = input.settings.mode === 'clinician' || clinicBuiltin;
  const attrs = setEntries(input.settings, ['origin']);
  const element =
    attrs.length === 0
      ? '<stages-quiz></stages-quiz>'
      : `<stages-quiz\n${attrs.map(([k, v]) => (isFlag(k) && v === '' ? `  ${k}` : `  ${k}="${escapeHtml(v)}"`)).join('\n')}\n></stages-quiz>`;
  const scriptFile = clinician ? 'stages-quiz-clinician.js' : 'stages-quiz.js';
  const script = `<script src="${escapeHtml(folder + scriptFile)}" defer></script>\n\n${element}\n`;

  const query = (names: [string, string][]) => {
    const params = new URLSearchParams(names).toString();
    return params ? `?${params}` : '';
  };
  const frameSrc = `${folder}frame.html${query(setEntries(input.settings))}`;
  const iframe =
    `<iframe\n  data-stages-quiz\n  title="${escapeHtml(input.title)}"\n  src="${escapeHtml(frameSrc)}"\n` +
    `  width="100%" height="640" frameborder="0" allow="clipboard-write; web-share"\n></iframe>\n` +
    `<script src="${escapeHtml(`${folder}stages-quiz-frame.js`)}" defer></script>\n`;
  const link = `${folder}index.html${query(setEntries(input.settings, ['origin']))}`;
  return { script, css: themeCss(input.theme, 'stages-quiz'), iframe, link, settingsJson: settingsFileText(input.settings, input.theme) };
}

/** settings.json for the standalone and frame pages: every set value, and the theme when there is one. */
export function settingsFileText(settings: RawSettings, theme: Theme): string {
  const out: Record<string, unknown> = {};
  for (const [name, value] of setEntries(settings)) out[name] = isFlag(name) ? value !== 'false' : value;
  if (Object.keys(theme).length > 0) out.theme = theme;
  return `${JSON.stringify(out, null, 2)}\n`;
}

export { SETTINGS_FILE };
