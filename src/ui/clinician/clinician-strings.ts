import type { SummaryStrings } from '../../core/clinician-summary-text';
import type { UiLanguage } from '../strings';
import { STAGE_NAMES } from '../../core/stage-names';

/**
 * Every string clinician mode shows (questionnaire texts come from the questionnaire). `es` is
 * typed as `ClinicianStrings`, so a key missing in one language fails the type check.
 */
export interface ClinicianStrings {
  readonly eyebrow: string;
  readonly startHeading: string;
  readonly startIntro: (title: string) => string;
  readonly startSteps: readonly string[];
  readonly clientRefLabel: string;
  readonly clientRefHint: string;
  readonly clientLanguage: string;
  readonly continue: string;
  readonly handoffHeading: string;
  readonly handoffText: string;
  readonly handoffStart: string;
  /** The client's last question: they see no result, so not "See my result". */
  readonly clientFinish: string;
  readonly handbackHeading: string;
  readonly handbackText: string;
  readonly showSummary: string;
  readonly confirmText: string;
  readonly confirmShow: string;
  readonly cancel: string;
  readonly summaryHeading: string;
  readonly client: string;
  readonly completedAt: string;
  readonly questionnaire: string;
  readonly idVersion: (id: string, version: string) => string;
  readonly validated: string;
  readonly notValidated: string;
  readonly source: string;
  /** Before the questionnaire's licence, e.g. `License: CC BY 4.0`. */
  readonly licence: string;
  readonly stageHeading: string;
  readonly scoresHeading: string;
  readonly scoreColumn: string;
  readonly valueColumn: string;
  readonly rangeColumn: string;
  readonly chartColumn: string;
  readonly barLabel: (value: string, min: string, max: string) => string;
  /** A score's possible range in the table, in words (a dash reads as minus next to negatives). */
  readonly rangeText: (min: string, max: string) => string;
  readonly notScored: string;
  readonly prorated: string;
  readonly flagsHeading: string;
  readonly answersHeading: string;
  readonly questionColumn: string;
  readonly answerColumn: string;
  readonly notAnswered: string;
  readonly guidanceHeading: string;
  readonly helpsHeading: string;
  readonly promptsHeading: string;
  readonly actionsLabel: string;
  readonly print: string;
  readonly downloadJson: string;
  readonly downloadFhir: string;
  readonly downloadQuestionnaire: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly nextClient: string;
  readonly idleHeading: string;
  /** `withSummary`: the client has finished, so the summary is lost too. */
  readonly idleText: (seconds: number, withSummary: boolean) => string;
  readonly idleStay: string;
  readonly cleared: string;
  readonly pinLabel: string;
  readonly pinHint: (idleMinutes: number, clearMinutes: number) => string;
  readonly pinInvalid: string;
  readonly pinEntryLabel: string;
  readonly unlock: string;
  readonly handbackPinText: string;
  readonly lockedHeading: string;
  readonly lockedText: string;
  readonly wrongPin: (triesLeft: number) => string;
  readonly clearedWrongPins: string;
  /** On the start screen after a session was cleared for lack of use. */
  readonly clearedIdle: string;
  readonly lockNow: string;
  readonly nextClientHeading: string;
  readonly nextClientUnsaved: string;
  /** After Print or a download, which the browser cannot confirm went through. */
  readonly nextClientMaybeSaved: string;
  readonly nextClientKeep: string;
  readonly nextClientClear: string;
  readonly answeredIn: string;
  readonly historyOpen: string;
  readonly historyBack: string;
  /** The files-only view's way back once files are loaded: they are forgotten on the way. */
  readonly historyForget: string;
  /** The trajectory view's words. */
  readonly history: HistoryStrings;
  /** The plain-text summary's words (core takes them as data). */
  readonly text: SummaryStrings;
}

/** The words of "Change across visits" (earlier visits loaded from files). */
export interface HistoryStrings {
  readonly heading: string;
  readonly intro: string;
  readonly fileLabel: string;
  readonly fileHint: string;
  /** The file picker's button, in the widget's language (the browser's own says "Choose Files" in its). */
  readonly chooseFiles: string;
  readonly remove: string;
  readonly loaded: (count: number) => string;
  readonly notJson: (file: string) => string;
  readonly notOurs: (file: string) => string;
  readonly otherQuestionnaire: (file: string, id: string, current: string) => string;
  readonly otherVersion: (file: string, version: string, current: string) => string;
  readonly otherClient: (file: string, reference: string, current: string) => string;
  readonly mixedClients: (references: string) => string;
  readonly duplicate: (file: string) => string;
  /** A file dated after this intake (`afterCurrent`), or with no intake, after today. */
  readonly datedLater: (file: string, date: string, afterCurrent: boolean) => string;
  /** On paper only, under the files-only view's heading: whose files, and when printed. */
  readonly printedFor: (clients: string, date: string) => string;
  readonly needTwo: string;
  /** `{date}`, `{changes}`. */
  readonly sinceLast: (date: string, changes: string) => string;
  readonly change: (label: string, from: string, to: string) => string;
  readonly stageChange: (from: string, to: string) => string;
  readonly stageSame: (stage: string) => string;
  readonly stepBack: string;
  readonly stageChart: string;
  readonly chartOf: (label: string) => string;
  readonly tableCaption: string;
  readonly dateColumn: string;
  readonly stageColumn: string;
  readonly thisVisit: string;
  readonly versionTag: (version: string) => string;
  readonly noValue: string;
  readonly lowerHalf: string;
  readonly upperHalf: string;
}

const en: ClinicianStrings = {
  eyebrow: 'Clinician mode',
  startHeading: 'Start an intake',
  startIntro: (title) => `Your client will answer “${title}” on this device.`,
  startSteps: [
    'Hand the device to your client; they answer without seeing any scores.',
    'They hand it back; you open the summary when you are ready.',
    'Print or download it, then press “Next client” to clear everything.',
  ],
  clientRefLabel: 'Client reference (optional)',
  clientRefHint: 'Kept in memory only and shown only in the summary and its exports. Use your own reference, not a name.',
  clientLanguage: 'Language for your client',
  continue: 'Continue',
  handoffHeading: 'Please hand the device to your client',
  handoffText:
    'These questions are about a change you may be thinking about. There are no right or wrong answers; take your time. Your answers are for your conversation with your clinician.',
  handoffStart: 'Begin',
  clientFinish: 'Finish',
  handbackHeading: 'Thank you. Please hand the device back to your clinician.',
  handbackText: 'Your answers are ready for your conversation.',
  showSummary: 'Clinician: show summary',
  confirmText: 'Is the device back with you? The summary shows every answer.',
  confirmShow: 'Yes, show the summary',
  cancel: 'Not yet',
  summaryHeading: 'Intake summary',
  client: 'Client',
  completedAt: 'Completed',
  questionnaire: 'Questionnaire',
  idVersion: (id, version) => `${id}, version ${version}`,
  validated: 'Validated instrument',
  notValidated: 'Not a validated instrument',
  source: 'Source',
  licence: 'License',
  stageHeading: 'Stage of change',
  scoresHeading: 'Scores',
  scoreColumn: 'Score',
  valueColumn: 'Value',
  rangeColumn: 'Range',
  chartColumn: 'Chart',
  barLabel: (value, min, max) => `${value} on a scale from ${min} to ${max}`,
  rangeText: (min, max) => `${min} to ${max}`,
  notScored: 'Not scored',
  prorated: 'prorated',
  flagsHeading: 'Flags',
  answersHeading: 'Answers',
  questionColumn: 'Question',
  answerColumn: 'Answer',
  notAnswered: 'Not answered',
  guidanceHeading: 'Guidance for this stage',
  helpsHeading: 'What tends to help',
  promptsHeading: 'Conversation prompts',
  actionsLabel: 'Summary actions',
  print: 'Print',
  downloadJson: 'Download JSON',
  downloadFhir: 'Download FHIR response',
  downloadQuestionnaire: 'Download FHIR questionnaire',
  copy: 'Copy as text',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Copying is not allowed here. Use Print or a download instead.',
  nextClient: 'Next client',
  idleHeading: 'Still there?',
  idleText: (s, withSummary) =>
    `For privacy, this session will be cleared in ${s} ${s === 1 ? 'second' : 'seconds'}: ${withSummary ? 'the answers and the summary will be gone, unless you printed or downloaded it' : 'the answers so far will be gone'}.`,
  idleStay: 'Keep this session',
  cleared: 'Session cleared. Ready for the next client.',
  pinLabel: 'Clinician PIN (optional)',
  pinHint: (idle, clear) =>
    `4 to 8 digits, kept in memory only. With a PIN, the summary opens only with it; after ${idle} ${idle === 1 ? 'minute' : 'minutes'} without use it locks instead of clearing, and the session clears after ${clear} minutes without use. Without a PIN, everything clears after ${idle} ${idle === 1 ? 'minute' : 'minutes'} without use, summary included.`,
  pinInvalid: 'A PIN is 4 to 8 digits. Leave it empty for no PIN.',
  pinEntryLabel: 'Clinician PIN',
  unlock: 'Show the summary',
  handbackPinText: 'Your answers are ready for your conversation. Your clinician will open the summary with their PIN.',
  lockedHeading: 'Summary locked',
  lockedText: 'The summary is locked after a pause. Enter your PIN to see it again.',
  wrongPin: (left) => `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before this session is cleared.`,
  clearedWrongPins: 'Session cleared after five wrong PINs. Ready for the next client.',
  clearedIdle: 'The last session was cleared after a time without use. Ready for the next client.',
  lockNow: 'Lock',
  nextClientHeading: 'Clear this intake?',
  nextClientUnsaved:
    'This summary has not been printed, downloaded or copied. Starting the next client clears it for good: the answers, the summary and the client reference.',
  nextClientMaybeSaved:
    'You printed or downloaded this summary. If the printout or the file did not come through, starting the next client clears it for good: the answers, the summary and the client reference.',
  nextClientKeep: 'Keep the summary',
  nextClientClear: 'Clear it and start the next client',
  answeredIn: 'Answered in',
  historyOpen: 'Compare earlier visits (files only)',
  historyBack: 'Back to the start',
  historyForget: 'Forget these files and go back',
  history: {
    heading: 'Change across visits',
    intro: 'Choose earlier downloads of this tool (the JSON or the FHIR response). They are read on this device only: never sent, never stored.',
    fileLabel: 'Earlier visits (files)',
    fileHint: 'You can choose several files at once, or drop them here.',
    chooseFiles: 'Choose files',
    remove: 'Remove the earlier visits',
    loaded: (n) => `${n} earlier ${n === 1 ? 'visit' : 'visits'} loaded.`,
    notJson: (file) => `“${file}” could not be read as JSON; it was left out.`,
    notOurs: (file) => `“${file}” is not a download of this tool (the JSON or FHIR response from an intake summary); it was left out.`,
    otherQuestionnaire: (file, id, current) => `“${file}” is from another questionnaire (“${id}”, not “${current}”); it was left out.`,
    otherVersion: (file, version, current) =>
      `“${file}” ${version ? `was answered with version ${version}` : 'does not say which version it was answered with'} (this is ${current}); its scores are shown, but the questions may differ.`,
    otherClient: (file, ref, current) => `“${file}” is for client “${ref}”, not “${current}”. Check that it belongs to this person.`,
    mixedClients: (refs) => `These files name different clients (${refs}). Check that they all belong to one person.`,
    duplicate: (file) => `“${file}” is the same visit as another file; it is shown once.`,
    datedLater: (file, date, afterCurrent) =>
      `“${file}” is dated ${date}, ${afterCurrent ? 'after this visit' : 'a day still to come'}; it was left out. Check the clock of the device that made it.`,
    printedFor: (clients, date) => `Client: ${clients || 'not named in the files'} · printed ${date}`,
    needTwo: 'Add one more visit to see how things moved.',
    sinceLast: (date, changes) => `Since the last visit (${date}): ${changes}.`,
    change: (label, from, to) => `${label} ${from} → ${to}`,
    stageChange: (from, to) => `stage ${from} → ${to}`,
    stageSame: (stage) => `stage ${stage}, as before`,
    stepBack: 'Moving back to an earlier stage is a common part of change, and a useful thing to talk about.',
    stageChart: 'Stage of change at each visit',
    chartOf: (label) => `${label} at each visit`,
    tableCaption: 'The visits in numbers',
    dateColumn: 'Visit',
    stageColumn: 'Stage',
    thisVisit: 'this visit',
    versionTag: (v) => (v ? `version ${v}` : 'version unknown'),
    noValue: '–',
    lowerHalf: 'lower half of the range',
    upperHalf: 'upper half of the range',
  },
  text: {
    heading: 'Stages of change: intake summary',
    client: 'Client',
    completed: 'Completed',
    questionnaire: 'Questionnaire',
    idVersion: '{id}, version {version}',
    validated: 'validated instrument',
    notValidated: 'not a validated instrument',
    stage: 'Stage of change',
    noStage: 'not decided (answers incomplete)',
    stageNames: STAGE_NAMES.en,
    decidedByAnswer: 'Decided by the answer to {answers}.',
    decidedByAnswers: 'Decided by the answers to {answers}.',
    ruleAnswerLabel: '“{question}”: “{answer}”',
    ruleAnswerNumber: '“{question}”: {answer}',
    ruleNotAnswered: '“{question}”: not answered',
    decidedByRule: 'Decided by the questionnaire’s default rule (it does not depend on any answer).',
    ruleId: 'Rule id: {rule}',
    decidedByBand: 'Decided by the score for {source}: {value}, in this stage’s range ({range}).',
    bandRange: {
      atLeast: '{min} or more',
      above: 'more than {min}',
      atMost: '{max} or less',
      below: 'less than {max}',
      fromTo: '{min} to {max}',
      fromToBelow: '{min} to less than {max}',
      aboveTo: 'more than {min}, up to {max}',
      aboveToBelow: 'more than {min} and less than {max}',
    },
    decidedByHighest: 'Decided by the highest scale score: {scale}.',
    tiedWith: 'It tied with {scales}; the questionnaire’s tie-break order chose {scale}.',
    scores: 'Scores',
    notScored: 'not scored (too many answers missing)',
    scoreOutOf: '{value} (range {min} to {max})',
    answers: 'Answers',
    notAnswered: '(not answered)',
    reverseTag: 'scored in reverse',
    flags: 'Flags',
    flagSeverity: { warning: 'Worth asking about', info: 'Note' },
    scoringNotes: 'How it was scored',
    answeredIn: 'answered in {language}',
    languageNames: { en: 'English', es: 'Spanish' },
    flagIncomplete: '{score}: not scored, too many answers missing: {items}',
    flagProrated: '{score}: prorated from the other answers. Missing: {items}',
    flagReverse: 'Scored in reverse for {score}: {items}',
    questionRef: 'question {number}, “{question}”',
    questionNotShown: '“{question}” (not shown to the client)',
    guidance: 'Guidance',
    helps: 'What tends to help',
    prompts: 'Conversation prompts',
  },
};

const es: ClinicianStrings = {
  eyebrow: 'Modo para profesionales',
  startHeading: 'Comenzar una evaluación inicial',
  startIntro: (title) => `Tu cliente va a responder “${title}” en este dispositivo.`,
  startSteps: [
    'Dale el dispositivo a tu cliente; responde sin ver ninguna puntuación.',
    'Te lo devuelve y tú abres el resumen cuando quieras.',
    'Imprímelo o descárgalo, y luego pulsa “Siguiente cliente” para borrar todo.',
  ],
  clientRefLabel: 'Referencia del cliente (opcional)',
  clientRefHint: 'Se guarda solo en la memoria y aparece solo en el resumen y sus descargas. Usa tu propia referencia, no un nombre.',
  clientLanguage: 'Idioma para tu cliente',
  continue: 'Continuar',
  handoffHeading: 'Por favor, dale el dispositivo a tu cliente',
  handoffText:
    'Estas preguntas son sobre un cambio que quizás estás pensando hacer. No hay respuestas buenas ni malas; tómate tu tiempo. Tus respuestas son para tu conversación con tu terapeuta.',
  handoffStart: 'Empezar',
  clientFinish: 'Terminar',
  handbackHeading: 'Gracias. Por favor, devuélvele el dispositivo a tu terapeuta.',
  handbackText: 'Tus respuestas ya están listas para la conversación.',
  showSummary: 'Profesional: ver el resumen',
  confirmText: '¿Ya tienes el dispositivo contigo? El resumen muestra todas las respuestas.',
  confirmShow: 'Sí, ver el resumen',
  cancel: 'Todavía no',
  summaryHeading: 'Resumen de la evaluación inicial',
  client: 'Cliente',
  completedAt: 'Completado',
  questionnaire: 'Cuestionario',
  idVersion: (id, version) => `${id}, versión ${version}`,
  validated: 'Instrumento validado',
  notValidated: 'No es un instrumento validado',
  source: 'Fuente',
  licence: 'Licencia',
  stageHeading: 'Etapa de cambio',
  scoresHeading: 'Puntajes',
  scoreColumn: 'Puntaje',
  valueColumn: 'Valor',
  rangeColumn: 'Rango',
  chartColumn: 'Gráfica',
  barLabel: (value, min, max) => `${value} en una escala de ${min} a ${max}`,
  rangeText: (min, max) => `${min} a ${max}`,
  notScored: 'Sin puntuación',
  prorated: 'prorrateado',
  flagsHeading: 'Avisos',
  answersHeading: 'Respuestas',
  questionColumn: 'Pregunta',
  answerColumn: 'Respuesta',
  notAnswered: 'Sin respuesta',
  guidanceHeading: 'Orientación para esta etapa',
  helpsHeading: 'Lo que suele ayudar',
  promptsHeading: 'Preguntas para la conversación',
  actionsLabel: 'Acciones del resumen',
  print: 'Imprimir',
  downloadJson: 'Descargar JSON',
  downloadFhir: 'Descargar respuesta FHIR',
  downloadQuestionnaire: 'Descargar cuestionario FHIR',
  copy: 'Copiar como texto',
  copied: 'Resumen copiado al portapapeles.',
  copyFailed: 'Aquí no se permite copiar. Mejor imprime o descarga el resumen.',
  nextClient: 'Siguiente cliente',
  idleHeading: '¿Sigues ahí?',
  idleText: (s, withSummary) =>
    `Por privacidad, esta sesión se va a borrar en ${s} ${s === 1 ? 'segundo' : 'segundos'}: ${withSummary ? 'se perderán las respuestas y el resumen, a menos que lo hayas impreso o descargado' : 'se perderán las respuestas que hay hasta ahora'}.`,
  idleStay: 'Mantener la sesión',
  cleared: 'Sesión borrada. Todo listo para el siguiente cliente.',
  pinLabel: 'PIN del profesional (opcional)',
  pinHint: (idle, clear) =>
    `De 4 a 8 dígitos; se guarda solo en la memoria. Con un PIN, el resumen se abre solo con él; después de ${idle} ${idle === 1 ? 'minuto' : 'minutos'} sin uso se bloquea en vez de borrarse, y la sesión se borra después de ${clear} minutos sin uso. Sin PIN, todo se borra después de ${idle} ${idle === 1 ? 'minuto' : 'minutos'} sin uso, incluido el resumen.`,
  pinInvalid: 'El PIN tiene de 4 a 8 dígitos. Déjalo vacío si no quieres PIN.',
  pinEntryLabel: 'PIN del profesional',
  unlock: 'Ver el resumen',
  handbackPinText: 'Tus respuestas ya están listas para su conversación. Tu terapeuta abrirá el resumen con su PIN.',
  lockedHeading: 'Resumen bloqueado',
  lockedText: 'El resumen se bloqueó después de una pausa. Escribe tu PIN para verlo otra vez.',
  wrongPin: (left) => `Ese PIN no es correcto. ${left === 1 ? 'Queda 1 intento' : `Quedan ${left} intentos`} antes de que se borre esta sesión.`,
  clearedWrongPins: 'Sesión borrada después de cinco PIN incorrectos. Todo listo para el siguiente cliente.',
  clearedIdle: 'La sesión anterior se borró porque pasó un rato sin uso. Todo listo para el siguiente cliente.',
  lockNow: 'Bloquear',
  nextClientHeading: '¿Borrar esta evaluación?',
  nextClientUnsaved:
    'Este resumen no se ha impreso, descargado ni copiado. Si pasas al siguiente cliente, se borra para siempre: las respuestas, el resumen y la referencia del cliente.',
  nextClientMaybeSaved:
    'Imprimiste o descargaste este resumen. Si la impresión o el archivo no salieron bien, al pasar al siguiente cliente se borra para siempre: las respuestas, el resumen y la referencia del cliente.',
  nextClientKeep: 'Conservar el resumen',
  nextClientClear: 'Borrarlo y pasar al siguiente cliente',
  answeredIn: 'Respondido en',
  historyOpen: 'Comparar visitas anteriores (solo archivos)',
  historyBack: 'Volver al inicio',
  historyForget: 'Olvidar estos archivos y volver',
  history: {
    heading: 'Cambios entre visitas',
    intro: 'Elige descargas anteriores de esta herramienta (el JSON o la respuesta FHIR). Se leen solo en este dispositivo: nunca se envían ni se guardan.',
    fileLabel: 'Visitas anteriores (archivos)',
    fileHint: 'Puedes elegir varios archivos a la vez, o soltarlos aquí.',
    chooseFiles: 'Elegir archivos',
    remove: 'Quitar las visitas anteriores',
    loaded: (n) => (n === 1 ? 'Se cargó 1 visita anterior.' : `Se cargaron ${n} visitas anteriores.`),
    notJson: (file) => `“${file}” no se pudo leer como JSON; se dejó fuera.`,
    notOurs: (file) => `“${file}” no es una descarga de esta herramienta (el JSON o la respuesta FHIR de un resumen); se dejó fuera.`,
    otherQuestionnaire: (file, id, current) => `“${file}” es de otro cuestionario (“${id}”, no “${current}”); se dejó fuera.`,
    otherVersion: (file, version, current) =>
      `“${file}” ${version ? `se respondió con la versión ${version}` : 'no dice con qué versión se respondió'} (esta es la ${current}); se muestran sus puntuaciones, pero las preguntas pueden ser distintas.`,
    otherClient: (file, ref, current) => `“${file}” es del cliente “${ref}”, no de “${current}”. Revisa que sea de esta persona.`,
    mixedClients: (refs) => `Estos archivos nombran a clientes distintos (${refs}). Revisa que todos sean de la misma persona.`,
    duplicate: (file) => `“${file}” es la misma visita que otro archivo; se muestra una sola vez.`,
    datedLater: (file, date, afterCurrent) =>
      `“${file}” tiene fecha del ${date}, ${afterCurrent ? 'después de esta visita' : 'un día que todavía no llega'}; se dejó fuera. Revisa la fecha y la hora del dispositivo donde se hizo.`,
    printedFor: (clients, date) => `Cliente: ${clients || 'los archivos no lo nombran'} · impreso el ${date}`,
    needTwo: 'Agrega una visita más para ver cómo han cambiado las cosas.',
    sinceLast: (date, changes) => `Desde la última visita (${date}): ${changes}.`,
    change: (label, from, to) => `${label} ${from} → ${to}`,
    stageChange: (from, to) => `etapa ${from} → ${to}`,
    stageSame: (stage) => `etapa ${stage}, igual que antes`,
    stepBack: 'Volver a una etapa anterior es una parte común del cambio, y vale la pena hablarlo.',
    stageChart: 'Etapa de cambio en cada visita',
    chartOf: (label) => `${label} en cada visita`,
    tableCaption: 'Las visitas en números',
    dateColumn: 'Visita',
    stageColumn: 'Etapa',
    thisVisit: 'esta visita',
    versionTag: (v) => (v ? `versión ${v}` : 'versión desconocida'),
    noValue: '–',
    lowerHalf: 'mitad baja del rango',
    upperHalf: 'mitad alta del rango',
  },
  text: {
    heading: 'Etapas de cambio: resumen de la evaluación inicial',
    client: 'Cliente',
    completed: 'Completado',
    questionnaire: 'Cuestionario',
    idVersion: '{id}, versión {version}',
    validated: 'instrumento validado',
    notValidated: 'no es un instrumento validado',
    stage: 'Etapa de cambio',
    noStage: 'sin decidir (faltan respuestas)',
    stageNames: STAGE_NAMES.es,
    decidedByAnswer: 'Según la respuesta a {answers}.',
    decidedByAnswers: 'Según las respuestas a {answers}.',
    ruleAnswerLabel: '“{question}”: “{answer}”',
    ruleAnswerNumber: '“{question}”: {answer}',
    ruleNotAnswered: '“{question}”: sin respuesta',
    decidedByRule: 'Según la regla predeterminada del cuestionario (no depende de ninguna respuesta).',
    ruleId: 'ID de la regla: {rule}',
    decidedByBand: 'Según la puntuación de {source}: {value}, dentro del rango de esta etapa ({range}).',
    bandRange: {
      atLeast: '{min} o más',
      above: 'más de {min}',
      atMost: '{max} o menos',
      below: 'menos de {max}',
      fromTo: 'de {min} a {max}',
      fromToBelow: 'de {min} a menos de {max}',
      aboveTo: 'más de {min} y hasta {max}',
      aboveToBelow: 'más de {min} y menos de {max}',
    },
    decidedByHighest: 'Según la escala con la puntuación más alta: {scale}.',
    tiedWith: 'Empató con {scales}; el orden de desempate del cuestionario eligió {scale}.',
    scores: 'Puntajes',
    notScored: 'sin puntuación (faltan demasiadas respuestas)',
    scoreOutOf: '{value} (rango de {min} a {max})',
    answers: 'Respuestas',
    notAnswered: '(sin respuesta)',
    reverseTag: 'puntuación invertida',
    flags: 'Avisos',
    flagSeverity: { warning: 'Para conversar', info: 'Nota' },
    scoringNotes: 'Cómo se calculó',
    answeredIn: 'respondido en {language}',
    languageNames: { en: 'inglés', es: 'español' },
    flagIncomplete: '{score}: sin puntuación, faltan demasiadas respuestas: {items}',
    flagProrated: '{score}: prorrateado con las demás respuestas. Sin respuesta: {items}',
    flagReverse: 'Puntuación invertida en {score}: {items}',
    questionRef: 'pregunta {number}, “{question}”',
    questionNotShown: '“{question}” (no se le mostró al cliente)',
    guidance: 'Orientación',
    helps: 'Lo que suele ayudar',
    prompts: 'Preguntas para la conversación',
  },
};

/** Clinician-mode strings by language. */
export const CLINICIAN_STRINGS: Readonly<Record<UiLanguage, ClinicianStrings>> = { en, es };

/** The clinician strings for a language, English when there are none. */
export function clinicianStringsFor(lang: string): ClinicianStrings {
  return Object.hasOwn(CLINICIAN_STRINGS, lang) ? CLINICIAN_STRINGS[lang as UiLanguage] : en;
}
