import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire } from '../../src/core/fhir/to-fhir-questionnaire';
import { loadBuiltin } from './fhir-helpers';

// `npm run build` writes each built-in as an R4 Questionnaire per language into dist/fhir/
// (scripts/export-fhir.mjs), for an EHR or LHC-Forms to load without running any of our code.
describe.each([
  ['quick', 'en'],
  ['quick', 'es'],
  ['intake', 'en'],
  ['intake', 'es'],
] as const)('dist/fhir/Questionnaire-%s-%s.json', (id, lang) => {
  const file = `dist/fhir/Questionnaire-${id}-${lang}.json`;

  it('is built, and is exactly what toFhirQuestionnaire gives for that language', () => {
    expect(existsSync(file), `${file} is missing: run npm run build`).toBe(true);
    const built = JSON.parse(readFileSync(file, 'utf8'));
    expect(built.resourceType).toBe('Questionnaire');
    expect(built.url).toBe(`https://stages-quiz.dev/questionnaire/${id}`);
    expect(built).toEqual(JSON.parse(JSON.stringify(toFhirQuestionnaire(loadBuiltin(id), lang))));
  });

  it('has its stage items in its own language', () => {
    const built = JSON.parse(readFileSync(file, 'utf8'));
    const texts = built.item.filter((i: { linkId: string }) => i.linkId.startsWith('stage-')).map((i: { text: string }) => i.text);
    expect(texts).toEqual(lang === 'es' ? ['Etapa de cambio', 'Etapa de cambio (SNOMED CT)'] : ['Stage of change', 'Stage of change (SNOMED CT)']);
  });
});
