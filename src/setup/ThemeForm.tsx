import { contrastRatio, suggestAccent } from '../core/contrast-ratio';
import { DEFAULT_ACCENT, DEFAULT_ACCENT_CONTRAST, MIN_CONTRAST, type ThemeKey } from '../embed/parse-theme';
import type { SetupStrings } from './setup-strings';

/** The theme as the form holds it (unset keys absent); parseTheme decides what is used. */
export type ThemeDraft = Readonly<Partial<Record<ThemeKey, string>>>;

/** Font stacks offered (free text could not be checked for a font the visitor has). */
export const FONT_STACKS: Readonly<Record<string, string>> = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  serif: "Georgia, 'Iowan Old Style', 'Times New Roman', serif",
  rounded: "ui-rounded, 'Nunito', 'Varela Round', system-ui, sans-serif",
  inherit: 'inherit',
};
const RADII = ['', '0', '4px', '8px', '12px', '20px', '999px'];

export interface ThemeFormProps {
  readonly theme: ThemeDraft;
  readonly strings: SetupStrings;
  readonly onChange: (key: ThemeKey, value: string | undefined) => void;
}

/** Accent colour with a live contrast check (below 4.5:1 it is refused, with a suggestion), fonts, radii. */
export function ThemeForm({ theme, strings, onChange }: ThemeFormProps) {
  const accent = theme.accent ?? DEFAULT_ACCENT;
  const text = theme['accent-contrast'] ?? DEFAULT_ACCENT_CONTRAST;
  const ratio = contrastRatio(accent, text) ?? 0;
  const low = ratio < MIN_CONTRAST;
  const suggestion = low ? suggestAccent(accent, text, MIN_CONTRAST) : undefined;
  const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
  const fontKey = (value: string | undefined) => Object.keys(FONT_STACKS).find((k) => FONT_STACKS[k] === value) ?? '';
  return (
    <fieldset class="su-fieldset">
      <legend>{strings.themeHeading}</legend>
      <div class="su-field su-colours">
        <span>
          <label for="su-accent">{strings.accent}</label>
          <input id="su-accent" type="color" value={accent} aria-describedby="su-contrast" onInput={(e) => onChange('accent', e.currentTarget.value)} />
          <code>{accent}</code>
        </span>
        <span>
          <label for="su-accent-contrast">{strings.accentText}</label>
          <input id="su-accent-contrast" type="color" value={text} aria-describedby="su-contrast"
            onInput={(e) => onChange('accent-contrast', e.currentTarget.value)} />
          <code>{text}</code>
        </span>
      </div>
      <p id="su-contrast" role="status" class={low ? 'su-problem' : 'su-hint'}>
        {low ? strings.contrastLow(shown, suggestion!) : strings.contrastOk(shown)}
      </p>
      {low && suggestion && (
        <button type="button" class="su-button" onClick={() => onChange('accent', suggestion)}>
          {strings.useSuggestion(suggestion)}
        </button>
      )}
      {(['font', 'heading-font'] as const).map((key) => (
        <div class="su-field" key={key}>
          <label for={`su-${key}`}>{key === 'font' ? strings.font : strings.headingFont}</label>
          <select id={`su-${key}`} value={fontKey(theme[key])} onChange={(e) => onChange(key, FONT_STACKS[e.currentTarget.value])}>
            {['', ...Object.keys(FONT_STACKS)].map((k) => (
              <option key={k} value={k}>{strings.fontChoices[k]}</option>
            ))}
          </select>
        </div>
      ))}
      {(['radius', 'button-radius'] as const).map((key) => (
        <div class="su-field" key={key}>
          <label for={`su-${key}`}>{key === 'radius' ? strings.radius : strings.buttonRadius}</label>
          <select id={`su-${key}`} value={theme[key] ?? ''} onChange={(e) => onChange(key, e.currentTarget.value || undefined)}>
            {RADII.map((r) => (
              <option key={r} value={r}>{r === '' ? strings.fontChoices[''] : r}</option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
