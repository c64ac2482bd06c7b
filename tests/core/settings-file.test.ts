import { describe, expect, it } from 'vitest';
import { contrastRatio, suggestAccent } from '../../src/core/contrast-ratio';
import { parseTheme, themeCss } from '../../src/embed/parse-theme';
import { fetchSettingsFile, mergeSettings, readSettingsFile } from '../../src/embed/settings-file';

const PAGE = 'https://practice.example/quiz/index.html';

describe('contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // #777777: luminance 0.1845 (by hand: ((0x77/255 + 0.055)/1.055)^2.4); (1.05)/(0.2345) = 4.48
    ['#777777', '#ffffff', 4.48],
    // The default accent: L = 0.2126·0.0284 + 0.7152·0.1589 + 0.0722·0.1442 = 0.1301 → 1.05 / 0.1801 = 5.83
    ['#2f6f6a', '#fff', 5.83],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('is undefined for anything but hex colours', () => {
    expect(contrastRatio('red', '#fff')).toBeUndefined();
    expect(contrastRatio('#ffffff; x', '#fff')).toBeUndefined();
  });

  it('suggests a darker accent under white text that reaches 4.5:1, and keeps one that already does', () => {
    const suggested = suggestAccent('#77aadd', '#ffffff')!;
    expect(contrastRatio(suggested, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(suggested).not.toBe('#77aadd');
    expect(suggestAccent('#2f6f6a', '#ffffff')).toBe('#2f6f6a');
    // Dark text: a lighter accent.
    const light = suggestAccent('#333333', '#000000')!;
    expect(contrastRatio(light, '#000000')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('parseTheme', () => {
  it('keeps good values and writes them as the documented custom properties', () => {
    const { theme, problems } = parseTheme({ accent: '#7a3e9d', font: "'Source Sans 3', system-ui, sans-serif", radius: '8px', 'button-radius': '0' });
    expect(problems).toEqual([]);
    expect(themeCss(theme, 'stages-quiz')).toBe(
      "stages-quiz {\n  --sq-accent: #7a3e9d;\n  --sq-font: 'Source Sans 3', system-ui, sans-serif;\n  --sq-radius: 8px;\n  --sq-button-radius: 0;\n}\n",
    );
  });

  it('names each bad value and keeps the rest; nothing that could end a CSS rule gets through', () => {
    const { theme, problems } = parseTheme({ accent: 'red', font: 'x; } body { display: none', radius: '8px', shadow: '1px' });
    expect(theme).toEqual({ radius: '8px' });
    expect(problems.map((p) => p.path)).toEqual(['theme.accent', 'theme.font', 'theme.shadow']);
    expect(problems[0]!.message).toBe('theme.accent must be a colour like #2f6f6a (got "red")');
  });

  it('refuses an accent below 4.5:1 against its text, with a suggestion', () => {
    const { theme, problems } = parseTheme({ accent: '#777777' });
    expect(theme).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^theme\.accent #777777 with text #ffffff on it has a contrast of 4\.48:1, below 4\.5:1; try #[0-9a-f]{6}$/);
  });
});

describe('settings.json', () => {
  it('reads settings named like the attributes, a boolean persist, a number of minutes and a theme', () => {
    const file = readSettingsFile(
      { 'cta-href': 'https://practice.example/book', 'cta-label': 'Book', persist: true, 'idle-minutes': 5, theme: { accent: '#7a3e9d' } },
      'settings.json',
      PAGE,
    );
    expect(file.problems).toEqual([]);
    expect(file.raw).toEqual({ 'cta-href': 'https://practice.example/book', 'cta-label': 'Book', persist: '', 'idle-minutes': '5' });
    expect(file.theme).toEqual({ accent: '#7a3e9d' });
  });

  it('names the file, the key and what is wrong, and keeps every other value', () => {
    const file = readSettingsFile(
      { 'cta-href': 'javascript:alert(1)', 'cta-label': 'Book', lang: ['es'], colour: 'x', theme: { accent: 'blue' }, mode: 'robot' },
      'settings.json',
      PAGE,
    );
    expect(file.raw).toEqual({ 'cta-label': 'Book' });
    // The file's own checks in key order, then the attribute checks in attribute order.
    expect(file.problems.map((p) => p.message)).toEqual([
      'settings.json: lang must be text (got ["es"])',
      // The list of settings grows with the attribute table; its start and end are what matter here.
      expect.stringMatching(/^settings\.json: "colour" is not a setting \(one of questionnaire, lang, cta-href, .*, origin, theme\)$/),
      'settings.json: theme.accent must be a colour like #2f6f6a (got "blue")',
      'settings.json: cta-href must be an https:, mailto: or tel: link (got "javascript:alert(1)")',
      'settings.json: mode must be self or clinician (got "robot")',
    ]);
    expect(file.problems.map((p) => p.path)).toEqual([
      'settings.json: lang',
      'settings.json: colour',
      'settings.json: theme.accent',
      'settings.json: cta-href',
      'settings.json: mode',
    ]);
  });

  it('is one problem when it is not an object', () => {
    expect(readSettingsFile([1, 2]).problems).toEqual([{ path: 'settings.json', message: 'settings.json must hold one object like { "cta-href": "https://…" }' }]);
  });

  it('URL parameters win over the file', () => {
    const file = readSettingsFile({ lang: 'es', 'cta-label': 'Agenda' }, 'settings.json', PAGE);
    expect(mergeSettings(file, { lang: 'en', other: 'x' })).toEqual({ lang: 'en', 'cta-label': 'Agenda', other: 'x' });
  });

  const respond = (status: number, body: string) => async () => new Response(status === 404 ? 'Not found' : body, { status });

  it('absent (404) is no problem at all', async () => {
    expect(await fetchSettingsFile(PAGE, respond(404, ''))).toEqual({ raw: {}, theme: {}, problems: [] });
  });

  it('fetches beside the page, same origin, no cookies, no referrer, revalidated', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fake = async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(input), init]);
      return new Response('{"lang":"es"}', { status: 200 });
    };
    const file = await fetchSettingsFile(PAGE, fake as typeof fetch);
    expect(file.raw).toEqual({ lang: 'es' });
    expect(calls).toEqual([
      ['https://practice.example/quiz/settings.json', { mode: 'same-origin', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', cache: 'no-cache' }],
    ]);
  });

  it('broken JSON, a server error or a failed fetch is named and the page goes on without the file', async () => {
    const bad = await fetchSettingsFile(PAGE, respond(200, '{"lang": "es",}'));
    expect(bad.raw).toEqual({});
    expect(bad.problems[0]!.message).toMatch(/^settings\.json is not valid JSON/);
    expect((await fetchSettingsFile(PAGE, respond(500, ''))).problems).toEqual([{ path: 'settings.json', message: 'settings.json answered HTTP 500' }]);
    const failed = await fetchSettingsFile(PAGE, async () => {
      throw new TypeError('offline');
    });
    expect(failed.problems[0]!.message).toBe('settings.json could not be fetched (TypeError: offline)');
  });
});
