import { describe, expect, it } from 'vitest';
import { parseSettings, settingsFromSearch } from '../../src/embed/parse-settings';

const BASE = 'https://practice.example/quiz/page.html';

describe('parseSettings: good values', () => {
  it.each([
    [{}, { persist: false }],
    [{ questionnaire: 'quick' }, { persist: false, questionnaire: { kind: 'builtin', id: 'quick' } }],
    [{ questionnaire: 'intake' }, { persist: false, questionnaire: { kind: 'builtin', id: 'intake' } }],
    [
      { questionnaire: '/q/mine.json' },
      { persist: false, questionnaire: { kind: 'url', url: 'https://practice.example/q/mine.json' } },
    ],
    [
      { questionnaire: 'data/mine.json' },
      { persist: false, questionnaire: { kind: 'url', url: 'https://practice.example/quiz/data/mine.json' } },
    ],
    [
      { questionnaire: 'https://practice.example/a.json' },
      { persist: false, questionnaire: { kind: 'url', url: 'https://practice.example/a.json' } },
    ],
    [{ lang: 'es' }, { persist: false, lang: 'es' }],
    [{ lang: 'EN' }, { persist: false, lang: 'en' }],
    // A language tag as a practice in Los Angeles would write it: its first part decides.
    [{ lang: 'es-MX' }, { persist: false, lang: 'es' }],
    [{ lang: 'es-419' }, { persist: false, lang: 'es' }],
    [{ lang: 'en-US' }, { persist: false, lang: 'en' }],
    [{ 'cta-href': 'https://practice.example/book' }, { persist: false, ctaHref: 'https://practice.example/book' }],
    [{ 'cta-href': 'mailto:hello@practice.example' }, { persist: false, ctaHref: 'mailto:hello@practice.example' }],
    [{ 'cta-href': 'tel:+15555550100' }, { persist: false, ctaHref: 'tel:+15555550100' }],
    [{ 'cta-label': 'Book a free call' }, { persist: false, ctaLabel: 'Book a free call' }],
    // A bilingual practice's own words, per language the person reads.
    [
      { 'cta-label': 'Book a call', 'cta-label-es': 'Agenda una llamada' },
      { persist: false, ctaLabel: 'Book a call', ctaLabels: { es: 'Agenda una llamada' } },
    ],
    [{ 'cta-label-en': 'Book a call', 'cta-label-es': 'Agenda una llamada' }, { persist: false, ctaLabels: { en: 'Book a call', es: 'Agenda una llamada' } }],
    [{ 'practice-name': ' Calm Waters Counseling ' }, { persist: false, practiceName: 'Calm Waters Counseling' }],
    [{ crisis: 'none' }, { persist: false, crisis: { kind: 'hidden' } }],
    [{ crisis: 'off' }, { persist: false, crisis: { kind: 'hidden' } }],
    [{ crisis: 'default' }, { persist: false, crisis: { kind: 'default' } }],
    [
      { crisis: 'In the UK call Samaritans on 116 123', 'crisis-href': 'tel:116123' },
      { persist: false, crisis: { kind: 'custom', text: 'In the UK call Samaritans on 116 123', href: 'tel:116123' } },
    ],
    [
      { crisis: 'If you are in danger, call 911.', 'crisis-es': 'Si estás en peligro, llama al 911.', 'crisis-href': 'tel:911' },
      { persist: false, crisis: { kind: 'custom', text: 'If you are in danger, call 911.', texts: { es: 'Si estás en peligro, llama al 911.' }, href: 'tel:911' } },
    ],
    // Each language its own notice, no `crisis` needed; one language alone: the other keeps the default notice.
    [
      { 'crisis-en': 'Call our line: 555-0100.', 'crisis-es': 'Llama a nuestra línea: 555-0100.', 'crisis-href': 'tel:5550100' },
      { persist: false, crisis: { kind: 'default', texts: { en: 'Call our line: 555-0100.', es: 'Llama a nuestra línea: 555-0100.' }, href: 'tel:5550100' } },
    ],
    [{ 'crisis-es': 'Llama al 911.' }, { persist: false, crisis: { kind: 'default', texts: { es: 'Llama al 911.' } } }],
    [{ mode: 'clinician' }, { persist: false, mode: 'clinician' }],
    [{ mode: 'self' }, { persist: false, mode: 'self' }],
    [{ persist: '' }, { persist: true }],
    [{ persist: 'session' }, { persist: true }],
    [{ persist: 'false' }, { persist: false }],
    // share-words: the host's one opt-in to typed words in its events; absent means never.
    [{ 'share-words': '' }, { persist: false, shareWords: true }],
    [{ 'share-words': 'true' }, { persist: false, shareWords: true }],
    [{ 'share-words': 'false' }, { persist: false, shareWords: false }],
    [{ 'idle-minutes': '5' }, { persist: false, idleMinutes: 5 }],
    [{ 'idle-minutes': '1.5' }, { persist: false, idleMinutes: 1.5 }],
    [{ 'clear-minutes': '45' }, { persist: false, clearMinutes: 45 }],
    [{ 'idle-minutes': '1', 'clear-minutes': '2.5' }, { persist: false, idleMinutes: 1, clearMinutes: 2.5 }],
    [{ origin: 'https://www.practice.example' }, { persist: false, origin: 'https://www.practice.example' }],
    [{ origin: 'http://127.0.0.1:5173/' }, { persist: false, origin: 'http://127.0.0.1:5173' }],
    // absent and empty string values are "not set"
    [{ lang: null, mode: undefined, 'cta-href': '  ' }, { persist: false }],
    // unknown names are ignored (pages carry unrelated URL parameters)
    [{ utm_source: 'newsletter' }, { persist: false }],
  ] as const)('%j', (raw, expected) => {
    expect(parseSettings(raw, { baseUrl: BASE })).toEqual({ settings: expected, problems: [] });
  });
});

describe('parseSettings: bad values name the attribute and what is wrong', () => {
  it.each([
    [{ lang: 'fr' }, 'lang', /must be en or es.*"fr"/],
    [{ lang: 'fr-CA' }, 'lang', /must be en or es.*"fr"/],
    [{ lang: 'esp' }, 'lang', /must be en or es.*"esp"/],
    [{ mode: 'admin' }, 'mode', /must be self or clinician/],
    [{ 'cta-href': 'javascript:alert(1)' }, 'cta-href', /https:, mailto: or tel:/],
    [{ 'cta-href': 'http://practice.example/book' }, 'cta-href', /https:, mailto: or tel:/],
    [{ 'cta-href': '/book' }, 'cta-href', /https:, mailto: or tel:/],
    [{ 'cta-href': 'https:evil.example' }, 'cta-href', /https:, mailto: or tel:/],
    [{ crisis: 'Call us', 'crisis-href': 'https:evil.example/help' }, 'crisis-href', /tel:, sms: or https:/],
    [{ 'cta-label': 'x'.repeat(81) }, 'cta-label', /at most 80/],
    [{ 'practice-name': 'x'.repeat(81) }, 'practice-name', /practice-name must be at most 80 characters \(got 81\)/],
    [{ crisis: 'y'.repeat(301) }, 'crisis', /at most 300/],
    [{ crisis: 'Call us', 'crisis-href': 'javascript:void 0' }, 'crisis-href', /tel:, sms: or https:/],
    [{ 'crisis-href': 'tel:988' }, 'crisis-href', /needs a crisis attribute/],
    [{ 'cta-label-es': 'x'.repeat(81) }, 'cta-label-es', /cta-label-es must be at most 80 characters \(got 81\)/],
    [{ crisis: 'none', 'crisis-en': 'Call 911.' }, 'crisis-en', /crisis-en is a notice, but crisis is "none"/],
    [{ crisis: 'Call 911.', 'crisis-es': 'y'.repeat(301) }, 'crisis-es', /at most 300/],
    [{ persist: 'forever' }, 'persist', /"forever"/],
    [{ 'share-words': 'yes please' }, 'share-words', /share-words must be present .* or "false" \(got "yes please"\)/],
    [{ 'idle-minutes': '0' }, 'idle-minutes', /from 1 to 1440/],
    [{ 'idle-minutes': '0.0000001' }, 'idle-minutes', /from 1 to 1440/],
    [{ 'idle-minutes': '0.9' }, 'idle-minutes', /from 1 to 1440/],
    [{ 'idle-minutes': 'ten' }, 'idle-minutes', /minutes/],
    [{ 'idle-minutes': '-3' }, 'idle-minutes', /minutes/],
    [{ 'idle-minutes': '99999' }, 'idle-minutes', /1440/],
    [{ 'clear-minutes': '0.5' }, 'clear-minutes', /from 1 to 1440/],
    [{ 'clear-minutes': 'half an hour' }, 'clear-minutes', /"half an hour"/],
    [{ questionnaire: 'https://elsewhere.example/q.json' }, 'questionnaire', /own origin/],
    [{ questionnaire: '//elsewhere.example/q.json' }, 'questionnaire', /own origin/],
    [{ questionnaire: 'ftp://practice.example/q.json' }, 'questionnaire', /http\(s\)/],
    [{ questionnaire: 'Quick Quiz' }, 'questionnaire', /built-in id/],
    [{ questionnaire: 'Quick' }, 'questionnaire', /lower-case/],
    [{ origin: '*' }, 'origin', /host page's origin/],
    [{ origin: 'https://host.example/path' }, 'origin', /host page's origin/],
    [{ origin: 'javascript:alert(1)' }, 'origin', /host page's origin/],
  ] as const)('%j', (raw, path, message) => {
    const { problems } = parseSettings(raw, { baseUrl: BASE });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message.startsWith(`${path} `)).toBe(true);
    expect(problems[0]!.message).toMatch(message);
  });

  it('a relative questionnaire URL without a base page is refused, not guessed', () => {
    const { problems, settings } = parseSettings({ questionnaire: '/q.json' });
    expect(problems.map((p) => p.path)).toEqual(['questionnaire']);
    expect(settings.questionnaire).toBeUndefined();
  });

  it('reports every bad value at once and keeps the good ones', () => {
    const { settings, problems } = parseSettings(
      { lang: 'de', mode: 'nurse', 'cta-href': 'ftp://x', 'cta-label': 'Talk to us' },
      { baseUrl: BASE },
    );
    expect(problems.map((p) => p.path)).toEqual(['lang', 'cta-href', 'mode']);
    expect(settings).toEqual({ persist: false, ctaLabel: 'Talk to us' });
  });

  it('shortens very long bad values in messages', () => {
    const { problems } = parseSettings({ lang: 'x'.repeat(500) });
    expect(problems[0]!.message.length).toBeLessThan(200);
  });
});

describe('settingsFromSearch', () => {
  it('reads URL parameters, first value wins', () => {
    expect(settingsFromSearch('?lang=es&cta-href=https%3A%2F%2Fa.example%2Fb&lang=en&persist')).toEqual({
      lang: 'es',
      'cta-href': 'https://a.example/b',
      persist: '',
    });
  });

  it('feeds parseSettings', () => {
    const raw = settingsFromSearch(new URLSearchParams('questionnaire=intake&mode=clinician&idle-minutes=2'));
    expect(parseSettings(raw).settings).toEqual({
      persist: false,
      questionnaire: { kind: 'builtin', id: 'intake' },
      mode: 'clinician',
      idleMinutes: 2,
    });
  });
});
