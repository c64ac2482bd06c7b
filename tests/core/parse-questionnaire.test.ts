import { describe, expect, test } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import type { Problem } from '../../src/core/types';
import { rulesOnlyQuestionnaire, validQuestionnaire, type Json } from './parse-fixtures';

function problemsOf(input: unknown): readonly Problem[] {
  const result = parseQuestionnaire(input);
  if (result.ok) throw new Error('expected problems, but the questionnaire was accepted');
  return result.problems;
}

function broken(mutate: (q: Json) => void, base: () => Json = validQuestionnaire): Json {
  const q = base();
  mutate(q);
  return q;
}

describe('valid questionnaires', () => {
  test.each([
    ['every feature, highest last', validQuestionnaire],
    ['rules only', rulesOnlyQuestionnaire],
  ])('%s is accepted as it is', (_name, make) => {
    const result = parseQuestionnaire(make());
    expect(result).toEqual({ ok: true, questionnaire: make() });
  });

  test('answers the last rules method leaves open are fine when an earlier rules method decides them', () => {
    const q = rulesOnlyQuestionnaire();
    const soon = q.scoring.stage[0].rules.splice(2, 1);
    q.scoring.stage.unshift({ type: 'rules', rules: soon });
    expect(parseQuestionnaire(q).ok).toBe(true);
  });

  test('the questionnaire returned is a copy: changing the input later changes nothing', () => {
    const input = validQuestionnaire();
    const result = parseQuestionnaire(input);
    input.items[0].text.en = 'changed';
    expect(result.ok && result.questionnaire.items[0]!.text.en).toBe('Are you thinking about a change?');
  });

  test('a key set to undefined (as JavaScript callers write it) counts as absent, as in JSON.stringify', () => {
    const q = validQuestionnaire();
    q.items[0].help = undefined;
    const result = parseQuestionnaire(q);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.hasOwn(result.questionnaire.items[0]!, 'help')).toBe(false);
  });

  test('a JSON round trip (the way files arrive) is accepted', () => {
    expect(parseQuestionnaire(JSON.parse(JSON.stringify(validQuestionnaire()))).ok).toBe(true);
  });
});

/**
 * The corpus: a valid questionnaire with ONE thing broken, the path that must be named, and a
 * phrase the message must contain. Each of these yields exactly one problem.
 */
const singleProblem: [name: string, input: () => unknown, path: string, phrase: string][] = [
  // the root and its fields
  ['root is an array', () => [], '(root)', 'expected a questionnaire object, got an array'],
  ['root is null', () => null, '(root)', 'expected a questionnaire object, got null'],
  ['root is a string', () => 'quick', '(root)', "expected a questionnaire object, got a string ('quick')"],
  ['unknown root key', () => broken((q) => (q.colour = 'blue')), 'colour', "unknown key 'colour'; expected one of: id, version"],
  ['misspelt optional key', () => broken((q) => { q.estimatedMinute = 2; delete q.estimatedMinutes; }), 'estimatedMinute', "(did you mean 'estimatedMinutes'?)"],
  ['id is a number', () => broken((q) => (q.id = 5)), 'id', 'expected a string, got a number (5)'],
  ['id has spaces and capitals', () => broken((q) => (q.id = 'Test Quiz')), 'id', "'Test Quiz' is not a valid questionnaire id"],
  ['version missing', () => broken((q) => delete q.version), 'version', "missing required field 'version'"],
  ['version empty', () => broken((q) => (q.version = ' ')), 'version', 'must not be empty'],
  ['estimatedMinutes negative', () => broken((q) => (q.estimatedMinutes = -1)), 'estimatedMinutes', 'above 0'],
  ['estimatedMinutes NaN (not JSON)', () => broken((q) => (q.estimatedMinutes = Number.NaN)), 'estimatedMinutes', 'expected a finite number, got NaN'],
  ['$schema not a string', () => broken((q) => (q.$schema = true)), '$schema', 'expected a string, got a boolean (true)'],
  // locales and translations
  ['no locales', () => broken((q) => (q.locales = [])), 'locales', 'declare at least one locale'],
  ['duplicate locale', () => broken((q) => (q.locales = ['en', 'en'])), 'locales[1]', "duplicate locale 'en' (first used at locales[0])"],
  ['locale that is not a tag', () => broken((q) => (q.locales = ['en', 'Spanish'])), 'locales[1]', "'Spanish' is not a language tag"],
  ['missing Spanish title', () => broken((q) => delete q.title.es), 'title.es', "missing Spanish ('es') translation"],
  ['missing Spanish option label', () => broken((q) => delete q.items[0].options[2].label.es), 'items[0].options[2].label.es', "missing Spanish ('es') translation"],
  ['undeclared locale in a label', () => broken((q) => (q.items[0].options[1].label.fr = 'Un jour')), 'items[0].options[1].label.fr', "unknown locale 'fr'; the questionnaire declares: en, es"],
  ['blank translation', () => broken((q) => (q.items[2].text.es = '  ')), 'items[2].text.es', "empty Spanish ('es') text"],
  ['text given as a plain string', () => broken((q) => (q.introduction = 'Hello')), 'introduction', 'expected a text in every locale, e.g. { "en": "…", "es": "…" }'],
  // links
  ['url over http', () => broken((q) => (q.url = 'http://example.org/quiz')), 'url', 'links must be an https: URL; got a http: link'],
  ['provenance link to mailto', () => broken((q) => (q.provenance.link = 'mailto:a@example.org')), 'provenance.link', 'got a mailto: link'],
  ['guidance link to javascript:', () => broken((q) => (q.guidance.preparation.links[0].href = 'javascript:alert(1)')), 'guidance.preparation.links[0].href', 'got a javascript: link'],
  ['guidance link relative', () => broken((q) => (q.guidance.preparation.links[0].href = '/contact')), 'guidance.preparation.links[0].href', "'/contact' is not an absolute link"],
  ['tel: link with letters', () => broken((q) => (q.guidance.preparation.links[0].href = 'tel:call-us')), 'guidance.preparation.links[0].href', 'is not a valid tel: link'],
  ['mailto: without an address', () => broken((q) => (q.guidance.maintenance.links[0].href = 'mailto:')), 'guidance.maintenance.links[0].href', 'is not a valid mailto: link'],
  // provenance
  ['validated not a boolean', () => broken((q) => (q.provenance.validated = 'no')), 'provenance.validated', "expected a boolean, got a string ('no')"],
  ['licence missing', () => broken((q) => delete q.provenance.licence), 'provenance.licence', "missing required field 'licence'"],
  // response sets and items
  ['unknown response set', () => broken((q) => (q.items[3].responseSet = 'agree7')), 'items[3].responseSet', "unknown response set 'agree7'; expected one of: agree5"],
  ['response set values repeat', () => broken((q) => (q.responseSets.agree5.options[4].value = 4)), 'responseSets.agree5.options[4].value', "duplicate option value '4' (first used at responseSets.agree5.options[3].value)"],
  ['response set value not an integer', () => broken((q) => (q.responseSets.agree5.options[1].value = 2.5)), 'responseSets.agree5.options[1].value', 'expected an integer, got a number (2.5)'],
  ['duplicate item id', () => broken((q) => q.items.push({ ...q.items[3], id: 'status' })), 'items[6].id', "duplicate item id 'status' (first used at items[0].id)"],
  ['item id with a space', () => broken((q) => q.items.push({ ...q.items[3], id: 'bad id' })), 'items[6].id', "'bad id' is not a valid id"],
  ['unknown item type', () => broken((q) => (q.items[2].type = 'slider')), 'items[2].type', "unknown item type 'slider'; expected one of: choice, agreement, ruler"],
  ['unknown key on an item', () => broken((q) => (q.items[3].colour = 'red')), 'items[3].colour', "unknown key 'colour'; expected one of: id, type, text, required, responseSet, help, showIf"],
  ['required not a boolean', () => broken((q) => (q.items[3].required = 'yes')), 'items[3].required', 'expected a boolean'],
  ['duplicate option value', () => broken((q) => (q.items[0].options[2].value = 'someday')), 'items[0].options[2].value', "duplicate option value 'someday' (first used at items[0].options[1].value)"],
  ['option value a number', () => broken((q) => (q.items[1].options[1].value = 2)), 'items[1].options[1].value', 'expected a string, got a number (2)'],
  ['option value with spaces', () => broken((q) => (q.items[1].options[1].value = 'six months')), 'items[1].options[1].value', "'six months' is not a valid option value"],
  ['choice with one option', () => broken((q) => q.items.push({ ...q.items[1], id: 'extra', options: [q.items[1].options[0]] })), 'items[6].options', 'a choice item needs at least two options'],
  ['ruler min equals max', () => broken((q) => (q.items[2].min = 10)), 'items[2].max', 'max (10) must be greater than min (10)'],
  ['ruler min not an integer', () => broken((q) => (q.items[2].min = 0.5)), 'items[2].min', 'expected an integer, got a number (0.5)'],
  ['follow-up outside the ruler', () => broken((q) => (q.items[2].followUps[1].minValue = 11)), 'items[2].followUps[1].minValue', "11 is outside the ruler's range 0–10"],
  ['follow-up range upside down', () => broken((q) => (q.items[2].followUps[1].maxValue = 0)), 'items[2].followUps[1].maxValue', 'maxValue (0) is below minValue (1)'],
  ['follow-ups that overlap', () => broken((q) => (q.items[2].followUps[0].maxValue = 2)), 'items[2].followUps[1]', 'overlaps followUps[0] for answers 1–2; the first follow-up that fits is shown'],
  ['unknown placeholder', () => broken((q) => (q.items[2].followUps[1].text.es = '¿Por qué {valor}?')), 'items[2].followUps[1].text.es', 'unknown placeholder {valor}; use {value}, {lower} or {higher}'],
  // conditions
  ['showIf names a later item', () => broken((q) => (q.items[1].showIf = { item: 'importance', equals: 3 })), 'items[1].showIf.item', "showIf names item 'importance', which comes later (items[2])"],
  ['showIf names its own item', () => broken((q) => (q.items[1].showIf = { item: 'since', answered: true })), 'items[1].showIf.item', "showIf names its own item 'since'"],
  ['showIf names no item', () => broken((q) => (q.items[1].showIf.item = 'stauts')), 'items[1].showIf.item', "unknown item 'stauts'"],
  ['equals a value that is not an option', () => broken((q) => (q.scoring.stage[0].rules[0].when.equals = 'nope')), 'scoring.stage[0].rules[0].when.equals', "'nope' is not an option of item 'status'; expected one of: no, someday, soon, doing"],
  ['oneOf with a value that is not an option', () => broken((q) => q.scoring.stage[0].rules[1].when.oneOf.push('later')), 'scoring.stage[0].rules[1].when.oneOf[1]', "'later' is not an option of item 'status'"],
  ['oneOf empty', () => broken((q) => (q.scoring.stage[0].rules[1].when.oneOf = [])), 'scoring.stage[0].rules[1].when.oneOf', "'oneOf' needs at least one value"],
  ['ruler value out of range', () => broken((q) => (q.items[3].showIf = { item: 'importance', equals: 11 })), 'items[3].showIf.equals', "11 is not an answer to ruler 'importance'; expected a whole number from 0 to 10"],
  ['agreement value not in the response set', () => broken((q) => (q.items[5].showIf = { item: 'a1', oneOf: [0] })), 'items[5].showIf.oneOf[0]', "0 is not an answer to item 'a1'; expected one of: 1, 2, 3, 4, 5"],
  ['range on a choice item without scores', () => broken((q) => (q.items[3].showIf = { item: 'since', range: { min: 1 } })), 'items[3].showIf.range', "a range on choice item 'since' needs a score on every option; 'short', 'long' have none"],
  ['range no answer reaches', () => broken((q) => (q.items[3].showIf = { item: 'importance', range: { min: 20 } })), 'items[3].showIf.range', "no answer to item 'importance' is in this range (its answers run from 0 to 10)"],
  ['range upside down', () => broken((q) => (q.items[3].showIf = { item: 'importance', range: { min: 5, max: 2 } })), 'items[3].showIf.range', 'min (5) is above max (2)'],
  ['condition with two tests', () => broken((q) => (q.scoring.stage[0].rules[0].when.oneOf = ['no'])), 'scoring.stage[0].rules[0].when', 'a condition on an item has exactly one test; found equals, oneOf'],
  ['empty all', () => broken((q) => (q.scoring.stage[0].rules[2].when = { all: [] })), 'scoring.stage[0].rules[2].when.all', "'all' needs at least one condition"],
  ['nested condition names no item', () => broken((q) => (q.scoring.stage[0].rules[2].when.all[1].item = 'sinse')), 'scoring.stage[0].rules[2].when.all[1].item', "unknown item 'sinse'"],
  ['condition is a string', () => broken((q) => (q.scoring.stage[0].rules[3].when = 'since is long')), 'scoring.stage[0].rules[3].when', 'expected a condition object'],
  ['answered not a boolean', () => broken((q) => (q.items[3].showIf = { item: 'importance', answered: 'yes' })), 'items[3].showIf.answered', 'expected a boolean'],
  // scales and composites
  ['scale names a missing item', () => broken((q) => q.scoring.scales[1].items.push('zz')), 'scoring.scales[1].items[1]', "unknown item 'zz'"],
  ['scale item listed twice', () => broken((q) => q.scoring.scales[1].items.push('a2')), 'scoring.scales[1].items[1]', "duplicate item 'a2' (first used at scoring.scales[1].items[0]) in this scale"],
  ['scale on a choice item with an unscored option', () => broken((q) => { q.scoring.scales[1].items.push('status'); delete q.items[0].options[3].score; }), 'scoring.scales[1].items[1]', "choice item 'status' feeds a scale, so every option needs a score; 'doing' has none"],
  ['reverse item not in the scale', () => broken((q) => q.scoring.scales[0].reverse.push('status')), 'scoring.scales[0].reverse[1]', "'status' is not one of this scale's items"],
  ['maxMissing too large', () => broken((q) => (q.scoring.scales[0].maxMissing = 3)), 'scoring.scales[0].maxMissing', 'must be a whole number from 0 to 2 (the scale has 3 items); got 3'],
  ['maxMissing not an integer', () => broken((q) => (q.scoring.scales[0].maxMissing = 0.5)), 'scoring.scales[0].maxMissing', 'expected an integer'],
  ['aggregate unknown', () => broken((q) => (q.scoring.scales[0].aggregate = 'median')), 'scoring.scales[0].aggregate', "expected 'sum' or 'mean', got 'median'"],
  ['composite term names no scale', () => broken((q) => (q.scoring.composites[0].terms[1].scale = 'doin')), 'scoring.composites[0].terms[1].scale', "unknown scale 'doin'; expected one of: ready, doing"],
  ['composite weight zero', () => broken((q) => (q.scoring.composites[0].terms[1].weight = 0)), 'scoring.composites[0].terms[1].weight', 'a weight of 0 adds nothing'],
  // stage methods
  ['unknown method type', () => broken((q) => (q.scoring.stage[1].type = 'vote')), 'scoring.stage[1].type', "unknown method 'vote'; expected one of: rules, bands, highest"],
  ['no methods', () => broken((q) => (q.scoring.stage = [])), 'scoring.stage', 'list at least one way to decide the stage'],
  ['unknown stage in a rule', () => broken((q) => (q.scoring.stage[0].rules[0].stage = 'ready')), 'scoring.stage[0].rules[0].stage', "unknown stage 'ready'; expected one of: precontemplation, contemplation, preparation, action, maintenance"],
  ['duplicate rule id', () => broken((q) => (q.scoring.stage[0].rules[1].id = 'not-yet')), 'scoring.stage[0].rules[1].id', "duplicate rule id 'not-yet' (first used at scoring.stage[0].rules[0].id) in this method"],
  ['bands source unknown', () => broken((q) => (q.scoring.stage[1].source = 'readyness')), 'scoring.stage[1].source', "unknown scale or composite 'readyness'; expected one of: ready, doing, readiness"],
  ['bands overlap', () => broken((q) => (q.scoring.stage[1].bands[1].min.value = 1.5)), 'scoring.stage[1].bands[1].min', 'bands overlap between 1.5 and 2'],
  ['bands leave a gap', () => broken((q) => (q.scoring.stage[1].bands[1].min.value = 2.5)), 'scoring.stage[1].bands[1].min', 'gap between 2 and 2.5: values there reach no stage'],
  ['both edges inclusive', () => broken((q) => (q.scoring.stage[1].bands[0].max.inclusive = true)), 'scoring.stage[1].bands[1].min', 'bands overlap at 2'],
  ['neither edge inclusive', () => broken((q) => (q.scoring.stage[1].bands[2].min.inclusive = false)), 'scoring.stage[1].bands[2].min', 'gap at 4: neither band includes it'],
  ['first band has a min', () => broken((q) => (q.scoring.stage[1].bands[0].min = { value: 0, inclusive: true })), 'scoring.stage[1].bands[0].min', 'the first band has no min'],
  ['last band has a max', () => broken((q) => (q.scoring.stage[1].bands[2].max = { value: 9, inclusive: true })), 'scoring.stage[1].bands[2].max', 'the last band has no max'],
  ['empty band', () => broken((q) => { q.scoring.stage[1].bands[1].max.value = 2; q.scoring.stage[1].bands[2].min.value = 2; }), 'scoring.stage[1].bands[1]', 'this band is empty'],
  ['edge inclusive missing', () => broken((q) => delete q.scoring.stage[1].bands[1].max.inclusive), 'scoring.stage[1].bands[1].max.inclusive', "missing required field 'inclusive'"],
  ['tieBreak misses a stage', () => broken((q) => (q.scoring.stage[2].tieBreak = ['action'])), 'scoring.stage[2].tieBreak', "missing 'preparation'; tieBreak lists every stage named in scales"],
  ['tieBreak names an extra stage', () => broken((q) => q.scoring.stage[2].tieBreak.push('maintenance')), 'scoring.stage[2].tieBreak[2]', "'maintenance' is not a stage of any scale in this method"],
  ['tieBreak repeats a stage', () => broken((q) => q.scoring.stage[2].tieBreak.push('action')), 'scoring.stage[2].tieBreak[2]', "duplicate stage 'action'"],
  ['highest names no scale', () => broken((q) => (q.scoring.stage[2].scales[1].scale = 'doin')), 'scoring.stage[2].scales[1].scale', "unknown scale or composite 'doin'"],
  ['last bands method on optional items', () => broken((q) => { q.scoring.stage = [q.scoring.stage[1]]; q.scoring.scales[0].maxMissing = 0; q.items[3].required = false; }), 'scoring.stage[0]', "this last method needs scale 'ready', but its items 'a1' may go unanswered (optional or shown only sometimes) and maxMissing is 0"],
  // reachability, by enumeration
  ['rule shadowed by an earlier one', () => broken((q) => q.scoring.stage[0].rules.push({ id: 'again', when: { item: 'status', equals: 'no' }, stage: 'action' }), rulesOnlyQuestionnaire), 'scoring.stage[0].rules[5]', "rule 'again' can never decide: earlier rule 'not-yet' takes every case where its condition holds"],
  ['rule that needs a hidden answer', () => broken((q) => q.scoring.stage[0].rules.push({ id: 'odd', when: { all: [{ item: 'status', equals: 'no' }, { item: 'since', equals: 'long' }] }, stage: 'action' }), rulesOnlyQuestionnaire), 'scoring.stage[0].rules[5]', "rule 'odd' can never decide: its condition holds for no finished set of answers"],
  ['last rules leave an answer without a stage', () => broken((q) => q.scoring.stage[0].rules.splice(2, 1), rulesOnlyQuestionnaire), 'scoring.stage[0].rules', "answers {status: 'soon'} reach no stage"],
  ['rules on an optional ruler leave "unanswered" without a stage', () => broken((q) => (q.scoring.stage[0].rules = [
    { id: 'low', when: { item: 'importance', range: { max: 4 } }, stage: 'contemplation' },
    { id: 'high', when: { item: 'importance', range: { min: 5 } }, stage: 'preparation' },
  ]), rulesOnlyQuestionnaire), 'scoring.stage[0].rules', "answers {importance: unanswered} reach no stage"],
  ['an item whose showIf never holds', () => broken((q) => q.items.push({ ...q.items[3], id: 'extra', showIf: { all: [{ item: 'status', equals: 'no' }, { item: 'status', equals: 'doing' }] } })), 'items[6].showIf', "item 'extra' is never shown: its showIf holds for no set of earlier answers"],
  ['an item shown only when a required item is unanswered', () => broken((q) => q.items.push({ ...q.items[3], id: 'extra', showIf: { item: 'status', answered: false } })), 'items[6].showIf', "item 'extra' is never shown"],
  // guidance
  ['guidance for a stage missing', () => broken((q) => delete q.guidance.action), 'guidance.action', "missing required field 'action'"],
  ['guidance for an unknown stage', () => broken((q) => (q.guidance.relapse = q.guidance.action)), 'guidance.relapse', "unknown key 'relapse'"],
  ['one question only', () => broken((q) => q.guidance.contemplation.questions.pop()), 'guidance.contemplation.questions', 'expected two or three open questions; got 1'],
  ['four questions', () => broken((q) => q.guidance.contemplation.questions.push(q.guidance.contemplation.questions[0], q.guidance.contemplation.questions[0])), 'guidance.contemplation.questions', 'expected two or three open questions; got 4'],
  ['nothing that helps', () => broken((q) => (q.guidance.action.helps = [])), 'guidance.action.helps', 'expected at least one thing that tends to help; got 0'],
  ['headline missing', () => broken((q) => delete q.guidance.maintenance.headline), 'guidance.maintenance.headline', "missing required field 'headline'"],
  // input that is not plain JSON
  ['a cycle', () => broken((q) => (q.scoring.self = q.scoring)), 'scoring.self', 'refers back to itself (a cycle)'],
  ['a __proto__ key from JSON.parse', () => Object.assign(JSON.parse('{"__proto__": {"polluted": true}}'), validQuestionnaire()), '__proto__', "unknown key '__proto__'"],
  ['a function', () => broken((q) => (q.provenance.citation = () => 'x')), 'provenance.citation', 'expected a JSON value, got a function'],
];

describe('broken questionnaires: one problem each, with its path and message', () => {
  test('the corpus has at least 30 cases', () => {
    expect(singleProblem.length).toBeGreaterThanOrEqual(30);
  });

  test.each(singleProblem)('%s', (_name, input, path, phrase) => {
    expect(problemsOf(input())).toEqual([{ path, message: expect.stringContaining(phrase) }]);
  });
});

/** Breakages that legitimately give more than one problem; the one named must be among them. */
const amongProblems: [name: string, input: () => unknown, path: string, phrase: string][] = [
  ['misspelt required key', () => broken((q) => { q.items[3].requried = true; delete q.items[3].required; }), 'items[3].requried', "(did you mean 'required'?)"],
  ['a getter that throws', () => broken((q) => Object.defineProperty(q, 'title', { enumerable: true, get() { throw new Error('boom'); } })), 'title', 'could not be read (a getter threw)'],
  ['a class instance', () => broken((q) => (q.items[0].options = new Map())), 'items[0].options', 'expected a plain JSON object, got an instance of a class'],
  ['{lower} where there is no lower number', () => broken((q) => delete q.items[2].followUps[1].minValue), 'items[2].followUps[1].text.en', "{lower} needs a number below the answer, but this follow-up covers 0"],
  ['scale and composite sharing an id', () => broken((q) => (q.scoring.composites[0].id = 'ready')), 'scoring.composites[0].id', "duplicate score id 'ready' (first used at scoring.scales[0].id); scales and composites share one set of ids"],
  ['a composite as a composite term', () => broken((q) => q.scoring.composites.push({ id: 'more', label: q.scoring.composites[0].label, terms: [{ scale: 'readiness', weight: 1 }] })), 'scoring.composites[1].terms[0].scale', "'readiness' is a composite; a composite's terms are scales"],
  ['nesting deeper than any questionnaire needs', () => broken((q) => {
    let condition: Json = { item: 'status', equals: 'no' };
    for (let i = 0; i < 100; i++) condition = { not: condition };
    q.scoring.stage[0].rules[0].when = condition;
  }), `scoring.stage[0].rules[0].when${'.not'.repeat(59)}`, 'nested more than 64 levels deep'],
];

describe('broken questionnaires: the problem named is among those reported', () => {
  test.each(amongProblems)('%s', (_name, input, path, phrase) => {
    expect(problemsOf(input())).toContainEqual({ path, message: expect.stringContaining(phrase) });
  });
});

test('every problem is reported at once', () => {
  const q = validQuestionnaire();
  q.colour = 'blue';
  delete q.title.es;
  q.items[0].options[2].value = 'someday';
  q.items[3].responseSet = 'agree7';
  q.scoring.stage[1].bands[1].min.value = 2.5;
  q.guidance.action.helps = [];
  q.url = 'http://example.org';
  expect(problemsOf(q).map((p) => p.path).sort()).toEqual(
    [
      'colour',
      'title.es',
      'items[0].options[2].value',
      'items[3].responseSet',
      'scoring.stage[1].bands[1].min',
      'guidance.action.helps',
      'url',
    ].sort(),
  );
});

test('problems come in the order of the document, a missing field right after its parent', () => {
  const q = validQuestionnaire();
  q.guidance.action.questions = [];
  delete q.guidance.action.headline;
  q.items[0].options[1].label.fr = 'Un jour';
  q.id = 'Bad';
  q.colour = 'blue'; // added last, so it comes last in the document
  expect(problemsOf(q).map((p) => p.path)).toEqual([
    'id',
    'items[0].options[1].label.fr',
    'guidance.action.headline',
    'guidance.action.questions',
    'colour',
  ]);
});

test.each<[string, () => unknown]>([
  ['shared references that double at every level', () => {
    let node: Json = { en: 'x', es: 'y' };
    for (let i = 0; i < 60; i++) node = { left: node, right: node };
    return node;
  }],
  ['a huge sparse array', () => broken((q) => (q.items = new Array(1e9)))],
])('%s: reported as too large, quickly', (_name, make) => {
  expect(problemsOf(make())).toEqual([{ path: '(root)', message: 'too large: more than 200,000 values; a questionnaire has far fewer' }]);
});

test('a proxy that throws on every trap gets a problem, not an exception', () => {
  const hostile = new Proxy({}, {
    ownKeys() { throw new Error('no'); },
    getPrototypeOf() { throw new Error('no'); },
    get() { throw new Error('no'); },
  });
  expect(problemsOf(hostile)).toEqual([{ path: '(root)', message: expect.stringContaining('could not be read') }]);
});
