import { afterEach, describe, expect, test, vi } from 'vitest';
import { ALL_BUILTINS } from '../../src/embed/builtins-all';
import { WEBSITE_BUILTINS } from '../../src/embed/builtins-website';
import { forgetFetchedQuestionnaires, loadQuestionnaire as load } from '../../src/embed/load-questionnaire';
import type { QuestionnaireSource } from '../../src/embed/parse-settings';
import quickJson from '../../questionnaire/quick.json';

const loadQuestionnaire = (source: QuestionnaireSource | undefined, page: string, fetchImpl: typeof fetch) =>
  load(source, page, ALL_BUILTINS, fetchImpl);
afterEach(() => forgetFetchedQuestionnaires());

const PAGE = 'https://practice.example/quiz/';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('built-in questionnaires', () => {
  test('the website carries quick alone; the clinic builds quick (the default) and intake, as checked data', () => {
    expect([...WEBSITE_BUILTINS.keys()]).toEqual(['quick']);
    expect([...ALL_BUILTINS.keys()]).toEqual(['quick', 'intake']);
    expect(ALL_BUILTINS.get('quick')).toBe(WEBSITE_BUILTINS.get('quick'));
    expect(ALL_BUILTINS.get('toString')).toBeUndefined();
    // Carried as the file's data without its editor hint ($schema).
    const { $schema: _, ...data } = quickJson as { $schema?: string };
    expect(WEBSITE_BUILTINS.get('quick')).toEqual(data);
  });

  test('a built-in id the website script does not carry (intake) names what it carries', async () => {
    expect(await load({ kind: 'builtin', id: 'intake' }, PAGE, WEBSITE_BUILTINS)).toEqual({
      ok: false,
      problems: [{ path: 'questionnaire', message: 'questionnaire "intake" is not built into this script (built in: quick)' }],
    });
  });

  test('no source means quick; an unknown id names the built-ins', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const none = await loadQuestionnaire(undefined, PAGE, fetchImpl);
    expect(none.ok && none.questionnaire.id).toBe('quick');
    expect(await loadQuestionnaire({ kind: 'builtin', id: 'nope' }, PAGE, fetchImpl)).toEqual({
      ok: false,
      problems: [{ path: 'questionnaire', message: 'questionnaire "nope" is not built into this script (built in: quick, intake)' }],
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('a questionnaire URL', () => {
  test('on the same origin is fetched without cookies or referrer, and validated', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => json(quickJson));
    const result = await loadQuestionnaire({ kind: 'url', url: '/q/mine.json' }, PAGE, fetchImpl);
    expect(result.ok && result.questionnaire.id).toBe('quick');
    expect(fetchImpl).toHaveBeenCalledWith('https://practice.example/q/mine.json', {
      mode: 'same-origin',
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
  });

  test.each([
    ['another origin', 'https://elsewhere.example/q.json', /is on another origin/],
    ['another port', 'https://practice.example:8443/q.json', /is on another origin/],
    ['plain http on an https page', 'http://practice.example/q.json', /is on another origin/],
  ])('on %s is refused without a request', async (_, url, message) => {
    const fetchImpl = vi.fn<typeof fetch>();
    const result = await loadQuestionnaire({ kind: 'url', url }, PAGE, fetchImpl);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toMatch(message);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  test.each<[string, () => Promise<Response>, RegExp]>([
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), /could not be fetched \(TypeError: Failed to fetch\)/],
    ['an HTTP error', async () => json({}, 404), /answered HTTP 404/],
    ['a body that is not JSON', async () => new Response('<html>'), /is not valid JSON/],
    // Where, as an author finds it: Node 20's V8 gives only a position, which becomes a line and column.
    ['a trailing comma', async () => new Response('{\n  "id": "mine",\n}'), /is not valid JSON \(.*line 3,? column 1\)$/],
  ])('%s gives a named problem', async (_, respond, message) => {
    const result = await loadQuestionnaire({ kind: 'url', url: '/q.json' }, PAGE, respond);
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'questionnaire' }] });
    expect(!result.ok && result.problems[0]!.message).toMatch(message);
  });

  test('a broken questionnaire gives the validator’s problems with their paths', async () => {
    const result = await loadQuestionnaire({ kind: 'url', url: '/q.json' }, PAGE, async () => json({ ...quickJson, items: [] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.some((p) => p.path.startsWith('items'))).toBe(true);
  });
});

describe('one fetch per questionnaire URL per page', () => {
  test('widgets naming the same URL share one request and one result', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => json(quickJson));
    const results = await Promise.all([1, 2, 3].map(() => loadQuestionnaire({ kind: 'url', url: '/q/one.json' }, PAGE, fetchImpl)));
    await loadQuestionnaire({ kind: 'url', url: 'https://practice.example/q/one.json' }, PAGE, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(results[1]).toBe(results[0]);
    await loadQuestionnaire({ kind: 'url', url: '/q/two.json' }, PAGE, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  test('a body over 2,000,000 characters is refused before it is parsed', async () => {
    const big = new Response(' '.repeat(2_000_001));
    const result = await loadQuestionnaire({ kind: 'url', url: '/q.json' }, PAGE, async () => big);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'questionnaire https://practice.example/q.json is 2000001 characters; at most 2000000 are read',
    );
  });
});
