import { describe, expect, test, vi } from 'vitest';
import { BUILTIN_IDS, builtinQuestionnaire } from '../../src/embed/builtin-questionnaires';
import { loadQuestionnaire } from '../../src/embed/load-questionnaire';
import quickJson from '../../questionnaire/quick.json';

const PAGE = 'https://practice.example/quiz/';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('built-in questionnaires', () => {
  test('quick (the default) and intake, each validated once and shared', () => {
    expect(BUILTIN_IDS).toEqual(['quick', 'intake']);
    const first = builtinQuestionnaire('quick');
    expect(first?.ok).toBe(true);
    expect(builtinQuestionnaire('quick')).toBe(first);
    expect(builtinQuestionnaire('intake')?.ok).toBe(true);
    expect(builtinQuestionnaire('toString')).toBeUndefined();
  });

  test('no source means quick; an unknown id names the built-ins', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const none = await loadQuestionnaire(undefined, PAGE, fetchImpl);
    expect(none.ok && none.questionnaire.id).toBe('quick');
    expect(await loadQuestionnaire({ kind: 'builtin', id: 'nope' }, PAGE, fetchImpl)).toEqual({
      ok: false,
      problems: [{ path: 'questionnaire', message: 'questionnaire "nope" is not a built-in questionnaire (built in: quick, intake)' }],
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
