import type { Stage } from '../core/types';
import { STAGE_NAMES } from '../core/stage-names';

/** The setup page's own words (the widget's come from src/ui/strings.ts). */
export interface SetupStrings {
  readonly pageTitle: string;
  readonly intro: string;
  readonly pageLanguage: string;
  readonly settingsHeading: string;
  /** Label and hint for each setting by attribute name; a setting without one shows its name. */
  readonly fields: Readonly<Record<string, { readonly label: string; readonly hint?: string }>>;
  readonly choices: Readonly<Record<string, string>>;
  readonly questionnaireHeading: string;
  readonly builtin: (id: string) => string;
  readonly own: string;
  readonly ownFileUrl: string;
  readonly ownFileUrlHint: string;
  readonly pickFile: string;
  readonly pasteLabel: string;
  readonly dropHint: string;
  readonly problemsHeading: (n: number) => string;
  /** Above the snippets while the pasted questionnaire has problems. */
  readonly snippetsQuestionnaireProblems: (n: number) => string;
  readonly problemAt: (line: number, column: number, question?: number) => string;
  readonly passes: string;
  readonly themeHeading: string;
  readonly accent: string;
  readonly accentText: string;
  readonly contrastOk: (ratio: string) => string;
  readonly contrastLow: (ratio: string, suggestion: string) => string;
  readonly useSuggestion: (colour: string) => string;
  readonly font: string;
  readonly headingFont: string;
  readonly fontChoices: Readonly<Record<string, string>>;
  readonly radius: string;
  readonly buttonRadius: string;
  readonly previewHeading: string;
  readonly previewRegion: string;
  readonly width: string;
  readonly widths: Readonly<Record<'phone' | 'sidebar' | 'full', string>>;
  readonly screen: string;
  readonly previewLanguage: string;
  readonly intro_: string;
  readonly question: (n: number) => string;
  readonly result: (stage: Stage) => string;
  readonly step: (stage: Stage) => string;
  readonly clinicianNoJump: string;
  readonly settingsProblems: string;
  readonly snippetsHeading: string;
  readonly filesUrl: string;
  readonly filesUrlHint: string;
  /** The files' address is not a whole http(s) address. */
  readonly filesUrlInvalid: string;
  readonly siteOrigin: string;
  readonly siteOriginHint: string;
  readonly scriptSnippet: string;
  readonly cssSnippet: string;
  readonly iframeSnippet: string;
  readonly linkSnippet: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly download: string;
  readonly downloadHint: string;
  readonly notesHeading: string;
  readonly notes: readonly { readonly name: string; readonly text: string }[];
  /**
   * What is wrong with a setting's value, under its field, from the checker's own message (which
   * names the setting and the value, in English): English keeps it; Spanish says what the value
   * must be, per setting.
   */
  readonly settingProblem: (name: string, message: string) => string;
}

/** In Spanish, what each setting's value must be (the checker's messages are English). */
const ES_PROBLEMS: Readonly<Record<string, string>> = {
  questionnaire: 'Tiene que ser la dirección de un archivo .json de tu propio sitio (por ejemplo, mi-cuestionario.json en la carpeta del cuestionario).',
  origin: 'Tiene que ser el origen de tu sitio, sin ruta: por ejemplo, https://www.tusitio.com.',
  'cta-href': 'Tiene que ser un enlace https:, mailto: o tel:.',
  'crisis-href': 'Tiene que ser un enlace tel:, sms: o https:, y va con tu propio aviso.',
  'cta-label': 'Puede tener hasta 80 caracteres.',
  'cta-label-en': 'Puede tener hasta 80 caracteres.',
  'cta-label-es': 'Puede tener hasta 80 caracteres.',
  'practice-name': 'Puede tener hasta 80 caracteres.',
  crisis: 'Puede tener hasta 300 caracteres.',
  'crisis-en': 'Puede tener hasta 300 caracteres.',
  'crisis-es': 'Puede tener hasta 300 caracteres.',
  'idle-minutes': 'Tiene que ser un número de minutos del 1 al 1440.',
  'clear-minutes': 'Tiene que ser un número de minutos del 1 al 1440.',
};

const en: SetupStrings = {
  pageTitle: 'Set up the quiz for your website',
  settingProblem: (_name, message) => message,
  intro:
    'Choose the settings, see the quiz as your visitors will, then copy a snippet for your site. Everything stays in this browser: nothing you enter or load here is sent anywhere.',
  pageLanguage: 'Language of this page',
  settingsHeading: 'Settings',
  fields: {
    lang: { label: 'Language of the quiz', hint: 'Visitors can still switch inside the quiz.' },
    'cta-href': { label: 'Call to action: link', hint: 'An https:, mailto: or tel: link, e.g. your booking page.' },
    'cta-label': { label: 'Call to action: button text', hint: 'Up to 80 characters. Empty: “Book a free call”.' },
    'cta-label-en': { label: 'Button text for visitors reading English', hint: 'Optional, if the text above is in Spanish.' },
    'cta-label-es': { label: 'Button text for visitors reading Spanish', hint: 'Optional, if the text above is in English.' },
    crisis: { label: 'Crisis notice' },
    'crisis-text': { label: 'Your own crisis notice', hint: 'Up to 300 characters.' },
    'crisis-en': { label: 'Your notice for visitors reading English', hint: 'Optional, up to 300 characters. Without it, they see the notice chosen above.' },
    'crisis-es': { label: 'Your notice for visitors reading Spanish', hint: 'Optional, up to 300 characters. Without it, they see the notice chosen above.' },
    'crisis-href': { label: 'Link for your own notice', hint: 'A tel:, sms: or https: link.' },
    mode: { label: 'Mode' },
    persist: { label: 'Keep an unfinished quiz if the page reloads (this tab only)' },
    'share-words': {
      label: 'Pass the words visitors type in a next step to your page’s script',
      hint: 'Off: their words stay in their browser, and your page never sees them.',
    },
    'practice-name': { label: 'Your practice’s name', hint: 'Shown with the call to action.' },
    'idle-minutes': { label: 'Clinician mode: minutes before an idle session clears' },
    'clear-minutes': { label: 'Clinician mode: minutes before a finished summary clears' },
  },
  choices: {
    'lang:': 'The visitor’s browser language',
    'lang:en': 'English',
    'lang:es': 'Spanish',
    'crisis:': 'The US 988 Lifeline (default)',
    'crisis:none': 'No crisis notice',
    'crisis:custom': 'Your own notice',
    'mode:': 'Self-assessment (for websites)',
    'mode:clinician': 'Clinician intake (for a clinic’s device)',
  },
  questionnaireHeading: 'Questionnaire',
  builtin: (id) => (id === 'quick' ? 'Built-in: quick (a few questions)' : id === 'intake' ? 'Built-in: intake (longer, for clinics)' : `Built-in: ${id}`),
  own: 'Your own questionnaire (JSON)',
  ownFileUrl: 'Address of the file on your site',
  ownFileUrlHint: 'Upload the JSON file to your site; the snippets load it from this address (same site as the quiz).',
  pickFile: 'Choose a file',
  pasteLabel: 'Questionnaire JSON',
  dropHint: 'Paste the JSON below, drop a file on it, or choose a file.',
  problemsHeading: (n) => (n === 1 ? '1 problem to fix' : `${n} problems to fix`),
  snippetsQuestionnaireProblems: (n) =>
    `Your questionnaire has ${n === 1 ? 'a problem' : `${n} problems`} to fix first (see “Questionnaire” above): until then, the quiz on your site can’t be shown.`,
  problemAt: (line, column, question) => `Line ${line}, column ${column}${question ? `, question ${question}` : ''}`,
  passes: 'The questionnaire passes every check; the preview shows it.',
  themeHeading: 'Look',
  accent: 'Accent colour',
  accentText: 'Text on the accent colour',
  contrastOk: (ratio) => `Contrast ${ratio}:1, readable.`,
  contrastLow: (ratio, suggestion) =>
    `Contrast ${ratio}:1 is too low (at least 4.5:1 is needed), so this colour is not used. Try ${suggestion}.`,
  useSuggestion: (colour) => `Use ${colour}`,
  font: 'Body font',
  headingFont: 'Heading font',
  fontChoices: { '': 'The quiz’s own', system: 'System sans-serif', serif: 'Book serif', rounded: 'Rounded sans-serif', inherit: 'Your site’s font' },
  radius: 'Corners of the card and options',
  buttonRadius: 'Corners of the buttons',
  previewHeading: 'Preview',
  previewRegion: 'The quiz as your visitors see it',
  width: 'Width',
  widths: { phone: 'Phone (390 px)', sidebar: 'Sidebar (280 px)', full: 'Full width' },
  screen: 'Screen',
  previewLanguage: 'Language',
  intro_: 'Introduction',
  question: (n) => `Question ${n}`,
  result: (stage) => `Result: ${STAGE_NAMES.en[stage]}`,
  step: (stage) => `Next step: ${STAGE_NAMES.en[stage]}`,
  clinicianNoJump: 'Clinician mode has its own steps; use the preview’s buttons to walk through them.',
  settingsProblems: 'These settings need fixing before the preview and snippets use them:',
  snippetsHeading: 'Put it on your site',
  filesUrl: 'Where the quiz files are hosted',
  filesUrlHint: 'The folder on your site that holds stages-quiz.js, frame.html and index.html.',
  filesUrlInvalid: 'write the whole address of the folder, starting with https://, for example https://www.yoursite.com/quiz/',
  siteOrigin: 'Your website’s address (for the iframe)',
  siteOriginHint: 'Only the scheme and host, e.g. https://www.your-practice.example. The result is sent only there.',
  scriptSnippet: 'Script tag and element',
  cssSnippet: 'Your look, for your site’s stylesheet',
  iframeSnippet: 'iframe and its helper',
  linkSnippet: 'Link to the quiz page',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy; select the text and copy it yourself.',
  download: 'Download settings.json',
  downloadHint:
    'Put settings.json beside index.html and frame.html: the plain link and the iframe then use these settings and look, with no parameters.',
  notesHeading: 'Where to paste it',
  notes: [
    {
      name: 'WordPress',
      text: 'Add a “Custom HTML” block and paste the script tag and element. If your plan or a security plugin strips scripts, paste the iframe snippet instead.',
    },
    {
      name: 'Squarespace',
      text: 'Add a Code block (plans that allow JavaScript) and paste the script tag and element. Where code blocks cannot run scripts, use the iframe snippet in the Code block, or link to the quiz page.',
    },
    {
      name: 'Wix',
      text: 'Use Embed code → Embed HTML and paste the iframe snippet; Wix puts embedded code in a frame of its own, so set the element’s height in the Wix editor (about 640 px). Or link to the quiz page.',
    },
  ],
};

const es: SetupStrings = {
  settingProblem: (name) => `Este valor no sirve. ${ES_PROBLEMS[name] ?? 'Revisa lo que escribiste.'}`,
  pageTitle: 'Prepara el cuestionario para tu sitio web',
  intro:
    'Elige la configuración, mira el cuestionario como lo verán tus visitantes y copia el código para tu sitio. Todo se queda en este navegador: nada de lo que escribas o cargues aquí se envía a ningún lado.',
  pageLanguage: 'Idioma de esta página',
  settingsHeading: 'Configuración',
  fields: {
    lang: { label: 'Idioma del cuestionario', hint: 'Tus visitantes pueden cambiarlo dentro del cuestionario.' },
    'cta-href': { label: 'Invitación: enlace', hint: 'Un enlace https:, mailto: o tel:, por ejemplo tu página para agendar citas.' },
    'cta-label': { label: 'Invitación: texto del botón', hint: 'Hasta 80 caracteres. Vacío: “Agenda una llamada gratis”.' },
    'cta-label-en': { label: 'Texto del botón para quien lee en inglés', hint: 'Opcional, si el texto de arriba está en español.' },
    'cta-label-es': { label: 'Texto del botón para quien lee en español', hint: 'Opcional, si el texto de arriba está en inglés.' },
    crisis: { label: 'Aviso de crisis' },
    'crisis-text': { label: 'Tu propio aviso de crisis', hint: 'Hasta 300 caracteres.' },
    'crisis-en': { label: 'Tu aviso para quien lee en inglés', hint: 'Opcional, hasta 300 caracteres. Si lo dejas vacío, verán el aviso que elegiste arriba.' },
    'crisis-es': { label: 'Tu aviso para quien lee en español', hint: 'Opcional, hasta 300 caracteres. Si lo dejas vacío, verán el aviso que elegiste arriba.' },
    'crisis-href': { label: 'Enlace para tu aviso', hint: 'Un enlace tel:, sms: o https:.' },
    mode: { label: 'Modo' },
    persist: { label: 'Guardar un cuestionario sin terminar si la página se recarga (solo en esta pestaña)' },
    'share-words': {
      label: 'Pasar al script de tu página las palabras que tus visitantes escriben en un siguiente paso',
      hint: 'Apagado: sus palabras se quedan en su navegador y tu página nunca las ve.',
    },
    'practice-name': { label: 'El nombre de tu consulta', hint: 'Aparece junto a la invitación.' },
    'idle-minutes': { label: 'Modo clínico: minutos de inactividad antes de borrar la sesión' },
    'clear-minutes': { label: 'Modo clínico: minutos antes de borrar un resumen terminado' },
  },
  choices: {
    'lang:': 'El idioma del navegador de cada visitante',
    'lang:en': 'Inglés',
    'lang:es': 'Español',
    'crisis:': 'La Línea 988 de EE. UU. (predeterminado)',
    'crisis:none': 'Sin aviso de crisis',
    'crisis:custom': 'Tu propio aviso',
    'mode:': 'Autoevaluación (para sitios web)',
    'mode:clinician': 'Admisión clínica (para un dispositivo de la clínica)',
  },
  questionnaireHeading: 'Cuestionario',
  builtin: (id) => (id === 'quick' ? 'Incluido: quick (unas pocas preguntas)' : id === 'intake' ? 'Incluido: intake (más largo, para clínicas)' : `Incluido: ${id}`),
  own: 'Tu propio cuestionario (JSON)',
  ownFileUrl: 'Dirección del archivo en tu sitio',
  ownFileUrlHint: 'Sube el archivo JSON a tu sitio; el código lo carga desde esta dirección (el mismo sitio que el cuestionario).',
  pickFile: 'Elegir un archivo',
  pasteLabel: 'JSON del cuestionario',
  dropHint: 'Pega el JSON aquí abajo, suelta un archivo encima o elige un archivo.',
  problemsHeading: (n) => (n === 1 ? '1 problema por corregir' : `${n} problemas por corregir`),
  snippetsQuestionnaireProblems: (n) =>
    `Tu cuestionario tiene ${n === 1 ? 'un problema' : `${n} problemas`} por corregir primero (mira “Cuestionario” arriba): mientras tanto, el cuestionario no se va a poder mostrar en tu sitio.`,
  problemAt: (line, column, question) => `Línea ${line}, columna ${column}${question ? `, pregunta ${question}` : ''}`,
  passes: 'El cuestionario pasa todas las revisiones; la vista previa lo muestra.',
  themeHeading: 'Apariencia',
  accent: 'Color de acento',
  accentText: 'Texto sobre el color de acento',
  contrastOk: (ratio) => `Contraste ${ratio}:1, se lee bien.`,
  contrastLow: (ratio, suggestion) =>
    `Un contraste de ${ratio}:1 es muy bajo (se necesita al menos 4.5:1), así que no se usa este color. Prueba ${suggestion}.`,
  useSuggestion: (colour) => `Usar ${colour}`,
  font: 'Letra del texto',
  headingFont: 'Letra de los títulos',
  fontChoices: { '': 'La del cuestionario', system: 'Sans serif del sistema', serif: 'Serif de libro', rounded: 'Sans serif redondeada', inherit: 'La de tu sitio' },
  radius: 'Esquinas de la tarjeta y las opciones',
  buttonRadius: 'Esquinas de los botones',
  previewHeading: 'Vista previa',
  previewRegion: 'El cuestionario como lo ven tus visitantes',
  width: 'Ancho',
  widths: { phone: 'Teléfono (390 px)', sidebar: 'Barra lateral (280 px)', full: 'Ancho completo' },
  screen: 'Pantalla',
  previewLanguage: 'Idioma',
  intro_: 'Introducción',
  question: (n) => `Pregunta ${n}`,
  result: (stage) => `Resultado: ${STAGE_NAMES.es[stage]}`,
  step: (stage) => `Siguiente paso: ${STAGE_NAMES.es[stage]}`,
  clinicianNoJump: 'El modo clínico tiene sus propios pasos; usa los botones de la vista previa para recorrerlos.',
  settingsProblems: 'Hay que corregir esta configuración antes de que la usen la vista previa y el código:',
  snippetsHeading: 'Ponlo en tu sitio',
  filesUrl: 'Dónde están los archivos del cuestionario',
  filesUrlHint: 'La carpeta de tu sitio que tiene stages-quiz.js, frame.html e index.html.',
  filesUrlInvalid: 'escribe la dirección completa de la carpeta, empezando con https://; por ejemplo, https://www.tusitio.com/quiz/',
  siteOrigin: 'La dirección de tu sitio web (para el iframe)',
  siteOriginHint: 'Solo el esquema y el dominio, por ejemplo https://www.tu-consulta.example. El resultado se envía solo ahí.',
  scriptSnippet: 'Etiqueta script y elemento',
  cssSnippet: 'Tu apariencia, para la hoja de estilos de tu sitio',
  iframeSnippet: 'iframe y su ayudante',
  linkSnippet: 'Enlace a la página del cuestionario',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar; selecciona el texto y cópialo tú.',
  download: 'Descargar settings.json',
  downloadHint:
    'Pon settings.json junto a index.html y frame.html: así el enlace y el iframe usan esta configuración y apariencia sin parámetros.',
  notesHeading: 'Dónde pegarlo',
  notes: [
    {
      name: 'WordPress',
      text: 'Agrega un bloque “HTML personalizado” y pega la etiqueta script y el elemento. Si tu plan o un plugin de seguridad quita los scripts, pega mejor el código del iframe.',
    },
    {
      name: 'Squarespace',
      text: 'Agrega un bloque de código (en los planes que permiten JavaScript) y pega la etiqueta script y el elemento. Donde el bloque no puede correr scripts, usa el código del iframe en el bloque o pon un enlace a la página del cuestionario.',
    },
    {
      name: 'Wix',
      text: 'Usa Insertar código → Insertar HTML y pega el código del iframe; Wix pone el código en un marco propio, así que ajusta la altura del elemento en el editor de Wix (unos 640 px). O pon un enlace a la página del cuestionario.',
    },
  ],
};

export type SetupLanguage = 'en' | 'es';
export const SETUP_STRINGS: Readonly<Record<SetupLanguage, SetupStrings>> = { en, es };
