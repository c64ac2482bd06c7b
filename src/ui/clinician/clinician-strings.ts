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
  readonly idleText: (seconds: number) => string;
  readonly idleStay: string;
  readonly cleared: string;
  /** The plain-text summary's words (core takes them as data). */
  readonly text: SummaryStrings;
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
  idleText: (s) => `For privacy, this session will be cleared in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
  idleStay: 'Keep this session',
  cleared: 'Session cleared. Ready for the next client.',
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
  idleText: (s) => `Por privacidad, esta sesión se va a borrar en ${s} ${s === 1 ? 'segundo' : 'segundos'}.`,
  idleStay: 'Mantener la sesión',
  cleared: 'Sesión borrada. Todo listo para el siguiente cliente.',
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
