// dist/frame.html's script: the quiz full-frame, configured by URL parameters named like the
// element's attributes, plus `origin` (the host page's origin: the only place results may go), on
// top of the practice's defaults in an optional settings.json beside it (see settings-file.ts).
import { h, render } from 'preact';
import type { Problem } from '../core/types';
import { ClinicianIntake } from '../ui/clinician/ClinicianIntake';
import { QuizWidget } from '../ui/QuizWidget';
// Clinician mode's styles first, where styles.css used to @import them.
import '../ui/clinician/clinician.css';
import '../ui/styles.css';
import './frame.css';
import { FRAME_MESSAGE_VERSION, type FrameMessage } from './frame-messages';
import { parseSettings, settingsFromSearch } from './parse-settings';
import { applyPageTheme } from './parse-theme';
import { fetchSettingsFile, mergeSettings, reportSettingsFile } from './settings-file';
import { sessionSnapshotStore, snapshotKey } from './persisted-snapshot';
import { errorLanguage, renderEmbedError } from './render-embed-error';
import { ALL_BUILTINS } from './builtins-all';
import { loadQuestionnaire } from './load-questionnaire';
import { followPageLanguage } from './page-language';
import { widgetProps } from './widget-props';

/** Where the height may go: the declared origin, else the embedding page's origin as the browser reports it. */
function parentOrigin(declared: string | undefined): string | null {
  if (declared) return declared;
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0]!;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

function post(message: FrameMessage, targetOrigin: string | null): void {
  // Never '*': without a known origin nothing is posted at all.
  if (!targetOrigin || window.parent === window) return;
  window.parent.postMessage(message, targetOrigin);
}

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  // The practice's defaults (settings.json beside the page, optional); the frame's parameters win.
  const file = await fetchSettingsFile(location.href);
  reportSettingsFile(file);
  applyPageTheme(file.theme);
  const raw = mergeSettings(file, settingsFromSearch(location.search));
  const { settings, problems } = parseSettings(raw, { baseUrl: location.href });
  // Results only to an origin the host named itself; the height (not personal) also to the embedder.
  const resultOrigin = settings.origin ?? null;
  const heightOrigin = parentOrigin(settings.origin);

  let last = -1;
  new ResizeObserver(() => {
    // The result screen's height differs by stage: an embedder the host did not name as `origin`
    // could read the visitor's stage from it. Without `origin`, heights stop at the result (the
    // frame keeps its last height and scrolls inside); with it, the host already gets the result.
    if (!settings.origin && app.querySelector('.sq-result')) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'stages-quiz:height', v: FRAME_MESSAGE_VERSION, height }, heightOrigin);
  }).observe(document.body);

  const fail = (found: readonly Problem[]) => {
    render(null, app);
    renderEmbedError(app, found, errorLanguage(settings.lang));
    post({ type: 'stages-quiz:error', v: FRAME_MESSAGE_VERSION, problems: found }, resultOrigin);
  };
  if (problems.length > 0) {
    fail(problems);
    return;
  }
  loadQuestionnaire(settings.questionnaire, location.href, ALL_BUILTINS).then(
    (result) => {
      if (!result.ok) {
        fail(result.problems);
        return;
      }
      const questionnaire = result.questionnaire;
      // Opt-in only, and in the frame's own (partitioned) sessionStorage. A frame cannot see its
      // place on the host page, so two persisting frames on one page tell themselves apart by the
      // iframe's name attribute (window.name here).
      const slot = window.name || 'frame';
      const store = settings.persist ? sessionSnapshotStore(snapshotKey(location.pathname, slot, questionnaire)) : null;
      render(
        h(QuizWidget, {
          ...widgetProps(questionnaire, settings, store, ClinicianIntake),
          onLanguageChange: followPageLanguage(questionnaire, settings.lang),
          onStart: () =>
            post(
              { type: 'stages-quiz:start', v: FRAME_MESSAGE_VERSION, questionnaire: { id: questionnaire.id, version: questionnaire.version } },
              resultOrigin,
            ),
          onComplete: (completion) => {
            store?.write(null);
            post({ type: 'stages-quiz:complete', v: FRAME_MESSAGE_VERSION, completion }, resultOrigin);
          },
          // Typed words only when the host asked for them (share-words), and only to its origin.
          onWords: settings.shareWords ? (words) => post({ type: 'stages-quiz:words', v: FRAME_MESSAGE_VERSION, words }, resultOrigin) : undefined,
        }),
        app,
      );
    },
    (error: unknown) => fail([{ path: 'questionnaire', message: `could not be loaded: ${String(error)}` }]),
  );
}

start().catch((error: unknown) => {
  console.error('stages-quiz: the frame could not start', error);
});
