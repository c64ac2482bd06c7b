import { STAGE_NAMES } from '../core/stage-names';
import type { ResultStrings } from './result-strings';

/** The result's strings in English (the website script's result part gets them with the English texts part). */
export const RESULT_STRINGS_EN: ResultStrings = {
  resultEyebrow: 'Where you are right now',
  stageNames: STAGE_NAMES.en,
  stagePosition: (stages, here) => `A path that people move along, and often come back along: ${stages}. You are at ${here}.`,
  youAreHere: 'You are here',
  stageContext: ['This is what people who study change call ', '.'],
  resultDate: (date) => `Your result, ${date}`,
  helpsHeading: 'What tends to help now',
  questionsHeading: 'Questions to sit with',
  rulerHeading: 'About the numbers you chose',
  slipHeading: 'If you slip',
  linksHeading: 'To read more',
  ctaIntro: (practice) =>
    practice ? `If you'd like to talk it through with someone, ${practice} is here to listen.` : "If you'd like to talk it through with someone:",
  ctaDefault: 'Book a free call',
  keepHeading: 'Keep this for yourself',
  keepPrint: 'Save or print',
  keepShare: 'Share or email',
  keepCopy: 'Copy',
  copied: 'Copied. You can paste it wherever you like.',
  copyFailed: 'Copying did not work here. Save or print works too.',
  shareFailed: 'Sharing did not work here. Save or print works too.',
  retakeAsk: 'Start over? Your answers and this result will be cleared from the screen.',
  retakeAskWords: 'Start over? Your answers, this result and what you wrote will be cleared from the screen.',
  retakeYes: 'Yes, start over',
  retakeNo: 'Keep my result',
  crisisHeading: 'If you are in crisis',
  crisisText:
    'If you are thinking about hurting yourself, or you need to talk to someone right now, you can call or text 988, the Suicide & Crisis Lifeline (US). It is free and open day and night.',
  crisisCall: 'Call 988',
  crisisTextLink: 'Text 988',
  crisisLink: (href) => (href.startsWith('tel:') ? `Call ${href.slice(4)}` : href.startsWith('sms:') ? `Text ${href.slice(4)}` : 'Get help now'),
  notDiagnosis:
    'This is a tool for reflection, not a diagnosis, and it does not replace care from a professional.',
  retake: 'Take it again',
  nextStepOpen: 'Put it in my own words',
  nextStepResume: 'Back to what I wrote',
  nextStepFailed: 'This part could not be opened just now. Nothing you answered is lost.',
};
