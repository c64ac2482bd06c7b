// Writes each built-in questionnaire as a FHIR R4 Questionnaire into dist/fhir/, one file per
// language (Questionnaire-quick-en.json …), for an EHR or LHC-Forms to load. Uses the built library,
// so the files are exactly what the library's toFhirQuestionnaire produces.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { parseQuestionnaire, toFhirQuestionnaire } = await import(new URL('../dist/lib/index.js', import.meta.url).href);
mkdirSync('dist/fhir', { recursive: true });
for (const id of ['quick', 'intake']) {
  const parsed = parseQuestionnaire(JSON.parse(readFileSync(`questionnaire/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${id}.json: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  for (const lang of parsed.questionnaire.locales) {
    writeFileSync(`dist/fhir/Questionnaire-${id}-${lang}.json`, JSON.stringify(toFhirQuestionnaire(parsed.questionnaire, lang), null, 2) + '\n');
  }
}
