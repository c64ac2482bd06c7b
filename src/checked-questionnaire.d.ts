// `import q from '…/quick.json?checked'`: a questionnaire checked by parseQuestionnaire at build
// time and carried as data (vite-plugins.ts, checkedQuestionnaires).
declare module '*.json?checked' {
  const questionnaire: import('./core/types').Questionnaire;
  export default questionnaire;
}


// `…?checked&part=first`: the same without what only the result reads (src/core/result-texts.ts:
// typed as a Questionnaire, but whole only once joined with its texts); `…?checked&part=result`: those texts.
declare module '*.json?checked&part=first' {
  const questionnaire: import('./core/types').Questionnaire;
  export default questionnaire;
}
declare module '*.json?checked&part=result' {
  const texts: import('./core/result-texts').ResultTexts;
  export default texts;
}
// `…?checked&part=result&lang=xx`: those texts in one of the questionnaire's languages.
declare module '*.json?checked&part=result&lang=en' {
  const texts: import('./core/result-texts').ResultTexts;
  export default texts;
}
declare module '*.json?checked&part=result&lang=es' {
  const texts: import('./core/result-texts').ResultTexts;
  export default texts;
}
