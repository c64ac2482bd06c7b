// `import q from '…/quick.json?checked'`: a questionnaire checked by parseQuestionnaire at build
// time and carried as data (vite-plugins.ts, checkedQuestionnaires).
declare module '*.json?checked' {
  const questionnaire: import('./core/types').Questionnaire;
  export default questionnaire;
}
