// The standalone page (index.html): the quiz full page in the light DOM, configured by URL
// parameters named like the element's attributes (see parseSettings), on top of the practice's
// defaults in an optional settings.json beside it (see settings-file.ts).
import { h, render } from 'preact';
// Clinician mode's styles first, where styles.css used to @import them.
import '../ui/clinician/clinician.css';
import '../ui/styles.css';
import '../ui/page.css';
import type { Problem } from '../core/types';
import { ClinicianIntake } from '../ui/clinician/ClinicianIntake';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import { QuizWidget } from '../ui/QuizWidget';
import { ALL_BUILTINS } from './builtins-all';
import { loadQuestionnaire } from './load-questionnaire';
import { followPageLanguage } from './page-language';
import { widgetProps } from './widget-props';
import { parseSettings, settingsFromSearch } from './parse-settings';
import { applyPageTheme } from './parse-theme';
import { fetchSettingsFile, mergeSettings, reportSettingsFile } from './settings-file';
import { sessionSnapshotStore, snapshotKey } from './persisted-snapshot';

/** Mounts the quiz, or a message naming what is wrong, into `container`; never leaves it blank. */
export async function mountStandalonePage(container: HTMLElement, location: Location = window.location): Promise<void> {
  // The practice's defaults (settings.json beside the page, optional); the link's parameters win.
  const file = await fetchSettingsFile(location.href);
  reportSettingsFile(file);
  applyPageTheme(file.theme);
  const raw = mergeSettings(file, settingsFromSearch(location.search));
  const { settings, problems } = parseSettings(raw, { baseUrl: location.href });
  const lang = settings.lang ?? (navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en');
  const showProblems = (list: readonly Problem[]) => render(h(ErrorNotice, { problems: list, lang }), container);
  if (problems.length > 0) return showProblems(problems);
  const loaded = await loadQuestionnaire(settings.questionnaire, location.href, ALL_BUILTINS);
  if (!loaded.ok) return showProblems(loaded.problems);
  const questionnaire = loaded.questionnaire;
  const pageLanguage = followPageLanguage(questionnaire, settings.lang);
  // Nothing is stored unless the link asks for it (`?persist`): then an unfinished quiz survives a reload.
  const store = settings.persist ? sessionSnapshotStore(snapshotKey(location.pathname, 'standalone', questionnaire)) : null;
  render(
    h(ErrorBoundary, { lang }, h(QuizWidget, { ...widgetProps(questionnaire, settings, store, ClinicianIntake), onLanguageChange: pageLanguage })),
    container,
  );
}

const app = document.getElementById('app');
if (app) {
  mountStandalonePage(app).catch((error: unknown) => {
    render(h(ErrorNotice, { problems: [{ path: '', message: `The quiz could not start: ${String(error)}` }] }), app);
  });
}
