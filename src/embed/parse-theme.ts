import { contrastRatio, HEX_COLOUR, suggestAccent } from '../core/contrast-ratio';
import type { Problem } from '../core/types';

/**
 * The theme a practice may set in settings.json (and the setup page writes): each key is a
 * documented custom property without its `--sq-` prefix (README, Theming).
 */
export const THEME_KEYS = ['accent', 'accent-contrast', 'font', 'heading-font', 'radius', 'button-radius'] as const;

export type ThemeKey = (typeof THEME_KEYS)[number];

/** Checked theme values by key; only the keys that were set. */
export type Theme = Readonly<Partial<Record<ThemeKey, string>>>;

/** WCAG AA for normal text: what the accent colour must reach against the text on it. */
export const MIN_CONTRAST = 4.5;
/** The widget's defaults (src/ui/styles.css), used for the contrast check when one side is unset. */
export const DEFAULT_ACCENT = '#2f6f6a';
export const DEFAULT_ACCENT_CONTRAST = '#ffffff';

// Font lists: family names, quotes, commas, spaces and dashes only; nothing that could end the
// declaration or the rule (`;`, `}`, `<`, backslash) when written into a stylesheet.
const FONT_LIST = /^[A-Za-z0-9 ,'"-]{1,200}$/;
const LENGTH = /^(?:0|\d{1,3}(?:\.\d{1,2})?(?:px|em|rem|%))$/;

const KIND: Readonly<Record<ThemeKey, 'colour' | 'font' | 'length'>> = {
  accent: 'colour',
  'accent-contrast': 'colour',
  font: 'font',
  'heading-font': 'font',
  radius: 'length',
  'button-radius': 'length',
};

const WHAT = {
  colour: 'must be a colour like #2f6f6a',
  font: "must be a list of font names like 'Source Sans 3', system-ui, sans-serif (letters, digits, spaces, quotes, commas, dashes)",
  length: 'must be a length like 8px, 0.5em or 0',
};

/**
 * Checks a theme object (from settings.json); every bad value becomes a problem with its path
 * (`${path}.accent`), and the rest is kept. An accent whose text colour falls below 4.5:1 is
 * refused, with a colour that passes suggested. Never throws.
 */
export function parseTheme(input: unknown, path = 'theme'): { theme: Theme; problems: Problem[] } {
  const problems: Problem[] = [];
  const theme: Partial<Record<ThemeKey, string>> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { theme, problems: [{ path, message: `${path} must be an object like { "accent": "#2f6f6a" }` }] };
  }
  for (const [key, value] of Object.entries(input)) {
    const at = `${path}.${key}`;
    if (!(THEME_KEYS as readonly string[]).includes(key)) {
      problems.push({ path: at, message: `${at} is not a theme setting (one of ${THEME_KEYS.join(', ')})` });
      continue;
    }
    const kind = KIND[key as ThemeKey];
    const ok = typeof value === 'string' && (kind === 'colour' ? HEX_COLOUR : kind === 'font' ? FONT_LIST : LENGTH).test(value.trim());
    if (!ok) problems.push({ path: at, message: `${at} ${WHAT[kind]} (got ${JSON.stringify(value)})` });
    else theme[key as ThemeKey] = value.trim();
  }
  const refused = checkAccentContrast(theme);
  if (refused) {
    problems.push({ path: `${path}.accent`, message: `${path}.accent ${refused}` });
    delete theme.accent;
    delete theme['accent-contrast'];
  }
  return { theme, problems };
}

/**
 * What is wrong with the theme's accent against the text on it, or undefined when it reaches
 * 4.5:1 (unset sides take the widget's defaults).
 */
export function checkAccentContrast(theme: Theme): string | undefined {
  const accent = theme.accent ?? DEFAULT_ACCENT;
  const text = theme['accent-contrast'] ?? DEFAULT_ACCENT_CONTRAST;
  const ratio = contrastRatio(accent, text);
  if (ratio === undefined || ratio >= MIN_CONTRAST) return undefined;
  return `${accent} with text ${text} on it has a contrast of ${ratio.toFixed(2)}:1, below ${MIN_CONTRAST}:1; try ${suggestAccent(accent, text, MIN_CONTRAST)}`;
}

/** The theme as custom-property declarations for `selector` (values were checked by parseTheme). */
export function themeCss(theme: Theme, selector: string): string {
  const lines = THEME_KEYS.filter((k) => theme[k] !== undefined).map((k) => `  --sq-${k}: ${theme[k]};`);
  return lines.length === 0 ? '' : `${selector} {\n${lines.join('\n')}\n}\n`;
}

/**
 * Applies a theme to a whole page (the standalone and frame pages) as a constructable stylesheet
 * on `:root`: no `<style>` element and no style attribute, so a strict CSP needs no exception.
 */
export function applyPageTheme(theme: Theme, doc: Document = document): void {
  const css = themeCss(theme, ':root');
  if (!css) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
