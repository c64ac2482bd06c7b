import { h, render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Questionnaire } from '../core/types';
import { embedStyleSheets } from '../embed/embed-style-sheets';
import type { EmbedSettings } from '../embed/parse-settings';
import { themeCss, type Theme } from '../embed/parse-theme';
import { widgetProps } from '../embed/widget-props';
import clinicianCss from '../ui/clinician/clinician.css?inline';
import { ClinicianIntake } from '../ui/clinician/ClinicianIntake';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { QuizWidget } from '../ui/QuizWidget';
import { snapshotFor, type PreviewScreen } from './preview-screens';

export type PreviewWidth = 'phone' | 'sidebar' | 'full';

export interface PreviewProps {
  readonly questionnaire: Questionnaire;
  readonly settings: EmbedSettings;
  readonly theme: Theme;
  readonly width: PreviewWidth;
  readonly lang: string;
  /** The screen to open; a new object (a new jump) remounts the widget there. */
  readonly screen: PreviewScreen;
  readonly label: string;
}

/**
 * The real widget (QuizWidget with the element's stylesheets in a shadow root, as <stages-quiz>
 * renders it), with the form's settings and theme. A jump opens the quiz-flow snapshot of the
 * chosen screen; a result is one press of its "See my result" button away, which the preview
 * presses itself, then gives focus back to whatever had it.
 */
export function Preview(props: PreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const themeSheet = useMemo(() => new CSSStyleSheet(), []);
  const mounts = useRef(0);

  // The theme as the host page would set it: custom properties on the element (here :host).
  useEffect(() => {
    themeSheet.replaceSync(themeCss(props.theme, ':host'));
  }, [props.theme, themeSheet]);

  // A new screen (or questionnaire, or mode) starts the widget afresh there.
  useEffect(() => {
    const root = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...embedStyleSheets(clinicianCss), themeSheet];
    mounts.current++;
    renderWidget(root, props, mounts.current);
    if (props.screen.kind === 'result' && props.settings.mode !== 'clinician') {
      const before = document.activeElement as HTMLElement | null;
      const next = root.querySelector<HTMLButtonElement>('[part~="next"]');
      next?.click();
      // The widget moves focus to its result heading in a layout effect; give it back.
      setTimeout(() => before?.focus(), 0);
    }
  }, [props.screen, props.questionnaire, props.settings.mode]);

  // Any other change (language, call to action, crisis notice …) re-renders in place, answers kept.
  useEffect(() => {
    const root = host.current?.shadowRoot;
    if (root) renderWidget(root, props, mounts.current);
  });

  useEffect(() => {
    const el = host.current;
    return () => {
      if (el?.shadowRoot) render(null, el.shadowRoot);
    };
  }, []);

  return (
    <div class={`su-preview-frame su-preview-${props.width}`}>
      <div class="su-preview-host" ref={host} role="region" aria-label={props.label} />
    </div>
  );
}

function renderWidget(root: ShadowRoot, props: PreviewProps, mount: number): void {
  const snapshot = snapshotFor(props.questionnaire, props.screen, props.lang);
  const lang = props.lang;
  render(
    h(
      ErrorBoundary,
      { lang },
      h(QuizWidget, {
        ...widgetProps(props.questionnaire, { ...props.settings, lang: lang as 'en' | 'es' }, null, ClinicianIntake),
        initialSnapshot: snapshot,
        key: mount,
      }),
    ),
    root,
  );
}
