import type { ComponentChildren, Ref } from 'preact';
import type { Questionnaire } from '../core/types';
import { LanguageSwitch } from './LanguageSwitch';
import { STRINGS, type UiLanguage, type UiStrings } from './strings';

/** The widget's languages: the questionnaire's locales that the widget's own strings cover. */
export function widgetLanguages(q: Questionnaire): UiLanguage[] {
  return q.locales.filter((l): l is UiLanguage => Object.hasOwn(STRINGS, l));
}

export interface WidgetShellProps {
  readonly questionnaire: Questionnaire;
  readonly lang: string;
  readonly strings: UiStrings;
  readonly onLanguage: (lang: UiLanguage) => void;
  /** Read out by the polite live region (progress, errors). */
  readonly announcement: string;
  /** Exposed as data-phase, for host styling and tests. */
  readonly phase: string;
  readonly mode?: 'clinician';
  /** A mode's own root class (clinician mode: `sq-clin`), kept out of this file so the website script carries none. */
  readonly modeClass?: string;
  readonly rootRef?: Ref<HTMLDivElement>;
  readonly children: ComponentChildren;
}

/**
 * What every screen sits in, in self mode and clinician mode alike: the root with its own `lang`
 * (never the host page's), the card, the language switch and the live region.
 */
export function WidgetShell(props: WidgetShellProps) {
  return (
    <div
      class={props.modeClass ? `sq ${props.modeClass}` : 'sq'}
      lang={props.lang}
      part="root"
      data-phase={props.phase}
      data-mode={props.mode}
      ref={props.rootRef}
    >
      <div class="sq-card">
        <div class="sq-topbar">
          <LanguageSwitch
            languages={widgetLanguages(props.questionnaire)}
            current={props.lang}
            strings={props.strings}
            onChange={props.onLanguage}
          />
        </div>
        {props.children}
      </div>
      <p class="sq-visually-hidden" aria-live="polite">
        {props.announcement}
      </p>
    </div>
  );
}
