import type { Problem } from '../core/types';
import { uiLanguage } from '../ui/strings';

const MESSAGES = {
  en: {
    general: {
      title: 'This quiz can’t be shown right now.',
      body: 'Sorry about that. The site’s owner can find the details in the browser console.',
    },
    noClinician: {
      title: 'Clinician mode isn’t available on this page.',
      body: 'It needs stages-quiz-clinician.js (in an app: stages-quiz/element-clinician); this page loads the version made for websites.',
    },
  },
  es: {
    general: {
      title: 'Ahora mismo no podemos mostrar este cuestionario.',
      body: 'Lo sentimos. Quien administra el sitio puede ver los detalles en la consola del navegador.',
    },
    noClinician: {
      title: 'El modo para profesionales no está disponible en esta página.',
      body: 'Necesita stages-quiz-clinician.js (en una app: stages-quiz/element-clinician); esta página carga la versión para sitios web.',
    },
  },
} as const;

/** Which friendly message: the general one, or clinician mode asked of the website script. */
export type EmbedErrorMessage = keyof (typeof MESSAGES)['en'];

/** Picks the message language: the requested one when we have it, else the browser's, else English. */
export function errorLanguage(requested: string | undefined): 'en' | 'es' {
  return uiLanguage(requested ?? (typeof navigator === 'undefined' ? 'en' : navigator.language) ?? 'en');
}

/**
 * Replaces `root`'s content with a short, friendly message (text only, no markup from input), and
 * logs the details for the site's owner. The host page gets the problems through the error event.
 */
export function renderEmbedError(
  root: ParentNode,
  problems: readonly Problem[],
  lang: 'en' | 'es',
  message: EmbedErrorMessage = 'general',
): void {
  const text = MESSAGES[lang][message];
  const box = document.createElement('div');
  box.className = 'sq-embed-error';
  box.setAttribute('role', 'alert');
  box.setAttribute('part', 'error');
  box.lang = lang;
  const title = document.createElement('p');
  title.className = 'sq-embed-error-title';
  title.textContent = text.title;
  const body = document.createElement('p');
  body.textContent = text.body;
  box.append(title, body);
  root.replaceChildren(box);
  logProblems('the quiz cannot be shown', problems);
}

/** The problems for the site's owner, in the console: what and where, one a line. */
export function logProblems(lead: string, problems: readonly Problem[]): void {
  console.error(`stages-quiz: ${lead}.\n` + problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'), problems);
}
