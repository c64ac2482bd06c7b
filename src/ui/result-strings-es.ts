import { STAGE_NAMES } from '../core/stage-names';
import type { ResultStrings } from './result-strings';

/** The result's strings in Spanish (the website script's result part gets them with the Spanish texts part). */
export const RESULT_STRINGS_ES: ResultStrings = {
  resultEyebrow: 'Dónde estás ahora',
  stageNames: STAGE_NAMES.es,
  stagePosition: (stages, here) => `Un camino por el que las personas avanzan, y por el que muchas veces regresan: ${stages}. Estás en ${here}.`,
  youAreHere: 'Estás aquí',
  stageContext: ['Quienes estudian el cambio le llaman a este momento ', '.'],
  resultDate: (date) => `Tu resultado, ${date}`,
  helpsHeading: 'Lo que suele ayudar ahora',
  questionsHeading: 'Preguntas para pensar con calma',
  rulerHeading: 'Sobre los números que elegiste',
  slipHeading: 'Si tienes un tropiezo',
  linksHeading: 'Para leer más',
  ctaIntro: (practice) =>
    practice ? `Si quieres hablarlo con alguien, ${practice} está aquí para escucharte.` : 'Si quieres hablarlo con alguien:',
  ctaDefault: 'Agenda una llamada gratis',
  keepHeading: 'Guárdalo para ti',
  keepPrint: 'Guardar o imprimir',
  keepShare: 'Compartir o enviar',
  keepCopy: 'Copiar',
  copied: 'Copiado. Puedes pegarlo donde quieras.',
  copyFailed: 'Aquí no se pudo copiar. También puedes guardarlo o imprimirlo.',
  shareFailed: 'Aquí no se pudo compartir. También puedes guardarlo o imprimirlo.',
  retakeAsk: '¿Empezar de nuevo? Se borrarán de la pantalla tus respuestas y este resultado.',
  retakeAskWords: '¿Empezar de nuevo? Se borrarán de la pantalla tus respuestas, este resultado y lo que escribiste.',
  retakeYes: 'Sí, empezar de nuevo',
  retakeNo: 'Quedarme con mi resultado',
  crisisHeading: 'Si estás en crisis',
  crisisText:
    'Si estás pensando en hacerte daño o necesitas hablar con alguien ahora mismo, puedes llamar o mandar un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis (EE. UU.). Es gratis, atiende de día y de noche y tiene servicio en español.',
  crisisCall: 'Llamar al 988',
  crisisTextLink: 'Mandar un texto al 988',
  crisisLink: (href) =>
    href.startsWith('tel:') ? `Llamar al ${href.slice(4)}` : href.startsWith('sms:') ? `Mandar un texto al ${href.slice(4)}` : 'Buscar ayuda ahora',
  notDiagnosis:
    'Esta es una herramienta para reflexionar, no un diagnóstico, y no sustituye la atención de un profesional.',
  retake: 'Responder de nuevo',
  nextStepOpen: 'Ponerlo en mis propias palabras',
  nextStepResume: 'Volver a lo que escribí',
  nextStepFailed: 'Esta parte no se pudo abrir en este momento. Lo que respondiste no se pierde.',
};
