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
    if ((props.screen.kind === 'result' || props.screen.kind === 'step') && props.settings.mode !== 'clinician') {
      const before = document.activeElement as HTMLElement | null;
      const ownFocus = keepFocus(host.current!, before);
      root.querySelector<HTMLButtonElement>('[part~="next"]')?.click();
      // The result renders on the next turn; its offer opens the exercise (loaded on demand).
      if (props.screen.kind === 'step') setTimeout(() => root.querySelector<HTMLButtonElement>('[part~="next-step"]')?.click(), 0);
      return ownFocus;
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

/**
 * The widget moves focus to each new screen's heading (as it should for a person using it); after a
 * jump chosen in the form, the focus goes back to the form's control. Only headings the widget
 * focuses itself are undone, for two seconds: a click into the preview keeps its focus.
 */
function keepFocus(host: HTMLElement, before: HTMLElement | null): () => void {
  const undo = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && /^H[1-6]$/.test(target.tagName) && before?.isConnected) before.focus();
  };
  host.addEventListener('focusin', undo);
  const timer = setTimeout(() => host.removeEventListener('focusin', undo), 2000);
  return () => {
    clearTimeout(timer);
    host.removeEventListener('focusin', undo);
  };
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
