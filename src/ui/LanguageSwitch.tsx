import type { UiLanguage, UiStrings } from './strings';

export interface LanguageSwitchProps {
  /** The languages on offer (the questionnaire's locales that the widget speaks). */
  readonly languages: readonly UiLanguage[];
  readonly current: string;
  readonly strings: UiStrings;
  readonly onChange: (lang: UiLanguage) => void;
}

/** Two toggle buttons, each language named in itself ("English", "Español"). */
export function LanguageSwitch({ languages, current, strings, onChange }: LanguageSwitchProps) {
  if (languages.length < 2) return null;
  return (
    <div class="sq-lang" role="group" aria-label={strings.languageLabel} part="language">
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          class="sq-lang-button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => lang !== current && onChange(lang)}
        >
          {strings.languageNames[lang]}
        </button>
      ))}
    </div>
  );
}
