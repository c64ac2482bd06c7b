// The setup page's pure parts: snippets (exact strings, escaping), problem locations, preview screens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/core/parse-questionnaire';
import { score } from '../../src/core/score';
import type { Questionnaire } from '../../src/core/types';
import { buildSnippets, escapeHtml, settingsFileText } from '../../src/setup/build-snippets';
import { checkQuestionnaireText, lineAndColumn, pathSegments } from '../../src/setup/locate-problems';
import { previewScreens } from '../../src/setup/preview-screens';

const FILES = 'https://www.practice.example/quiz/';

describe('buildSnippets', () => {
  it('writes the script tag and element, iframe, link and settings.json exactly', () => {
    const s = buildSnippets({
      filesUrl: 'https://www.practice.example/quiz',
      settings: { lang: 'es', 'cta-href': 'https://www.practice.example/book?a=1&b=2', persist: '', origin: 'https://www.practice.example' },
      theme: { accent: '#7a3e9d' },
      title: 'Where are you?',
    });
    expect(s.script).toBe(
      '<script src="https://www.practice.example/quiz/stages-quiz.js" defer></script>\n\n' +
        '<stages-quiz\n  lang="es"\n  cta-href="https://www.practice.example/book?a=1&amp;b=2"\n  persist\n></stages-quiz>\n',
    );
    expect(s.css).toBe('stages-quiz {\n  --sq-accent: #7a3e9d;\n}\n');
    expect(s.iframe).toBe(
      '<iframe\n  data-stages-quiz\n  title="Where are you?"\n' +
        '  src="https://www.practice.example/quiz/frame.html?lang=es&amp;cta-href=https%3A%2F%2Fwww.practice.example%2Fbook%3Fa%3D1%26b%3D2&amp;persist=&amp;origin=https%3A%2F%2Fwww.practice.example"\n' +
        '  width="100%" height="640" frameborder="0" allow="clipboard-write; web-share"\n></iframe>\n' +
        '<script src="https://www.practice.example/quiz/stages-quiz-frame.js" defer></script>\n',
    );
    expect(s.link).toBe('https://www.practice.example/quiz/index.html?lang=es&cta-href=https%3A%2F%2Fwww.practice.example%2Fbook%3Fa%3D1%26b%3D2&persist=');
    expect(JSON.parse(s.settingsJson)).toEqual({
      lang: 'es',
      'cta-href': 'https://www.practice.example/book?a=1&b=2',
      persist: true,
      origin: 'https://www.practice.example',
      theme: { accent: '#7a3e9d' },
    });
  });

  it('with nothing set: a bare element, a bare link, the clinician script for clinician mode', () => {
    const bare = buildSnippets({ filesUrl: FILES, settings: {}, theme: {}, title: 'T' });
    expect(bare.script).toBe('<script src="https://www.practice.example/quiz/stages-quiz.js" defer></script>\n\n<stages-quiz></stages-quiz>\n');
    expect(bare.link).toBe('https://www.practice.example/quiz/index.html');
    expect(bare.css).toBe('');
    expect(bare.settingsJson).toBe('{}\n');
    // intake is not in the website script: in self mode too, the snippet takes the clinician script.
    expect(buildSnippets({ filesUrl: FILES, settings: { questionnaire: 'intake' }, theme: {}, title: 'T' }).script).toBe(
      '<script src="https://www.practice.example/quiz/stages-quiz-clinician.js" defer></script>\n\n<stages-quiz\n  questionnaire="intake"\n></stages-quiz>\n',
    );
    for (const questionnaire of ['quick', 'forms/mine.json', 'https://www.practice.example/q.json']) {
      expect(buildSnippets({ filesUrl: FILES, settings: { questionnaire }, theme: {}, title: 'T' }).script).toContain('/quiz/stages-quiz.js"');
    }
    const clinic = buildSnippets({ filesUrl: FILES, settings: { mode: 'clinician' }, theme: {}, title: 'T' });
    expect(clinic.script).toBe(
      '<script src="https://www.practice.example/quiz/stages-quiz-clinician.js" defer></script>\n\n<stages-quiz\n  mode="clinician"\n></stages-quiz>\n',
    );
  });

  it('hostile labels and titles stay text: quotes, </script>, & and < cannot break out', () => {
    const label = `Book" onmouseover="alert(1)" x="</script><script>alert(2)</script>&amp;`;
    const s = buildSnippets({ filesUrl: FILES, settings: { 'cta-label': label }, theme: {}, title: `"><script>alert(3)</script>` });
    expect(s.script).toContain(
      '  cta-label="Book&quot; onmouseover=&quot;alert(1)&quot; x=&quot;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;"\n',
    );
    expect(s.iframe).toContain('  title="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"\n');
    // Only the snippet's own tags: one script element and one stages-quiz element.
    expect(s.script.match(/<script/g)).toHaveLength(1);
    expect(s.script.match(/<\/script>/g)).toHaveLength(1);
    expect(s.script.match(/"/g)!.length).toBe(4);
    // In URLs, the label is percent-encoded (and its & then HTML-escaped).
    expect(s.link).toBe(
      'https://www.practice.example/quiz/index.html?cta-label=Book%22+onmouseover%3D%22alert%281%29%22+x%3D%22%3C%2Fscript%3E%3Cscript%3Ealert%282%29%3C%2Fscript%3E%26amp%3B',
    );
    expect(s.iframe).not.toMatch(/<\/script><script>alert/);
  });

  it('a hostile files address is parsed as a URL (quotes percent-encoded), and only http(s) is taken', () => {
    const s = buildSnippets({ filesUrl: 'https://x.example/a"b<c>/', settings: {}, theme: {}, title: 'T' });
    expect(s.script).toBe('<script src="https://x.example/a%22b%3Cc%3E/stages-quiz.js" defer></script>\n\n<stages-quiz></stages-quiz>\n');
    expect(() => buildSnippets({ filesUrl: 'javascript:alert(1)//', settings: {}, theme: {}, title: 'T' })).toThrow(/http/);
  });

  it('escapeHtml and settingsFileText', () => {
    expect(escapeHtml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d'");
    expect(settingsFileText({ persist: 'false', 'cta-label': ' ' }, {})).toBe('{\n  "persist": false\n}\n');
  });
});

describe('problem locations', () => {
  it('splits paths', () => {
    expect(pathSegments('items[3].options[1].value')).toEqual(['items', 3, 'options', 1, 'value']);
    expect(pathSegments('(root)')).toEqual([]);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
  });

  it('a JSON syntax error is placed where the parser stopped', () => {
    const check = checkQuestionnaireText('{\n  "id": "x",\n  "version": 1,,\n}');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    // Two commas: no } or ] follows, so nothing about a comma before one.
    expect(check.problems).toEqual([expect.objectContaining({ path: '(JSON)', line: 3, column: 16, message: 'JSON: a name in double quotes expected here' })]);
  });

  it('one mistake is one problem: a curly quote is not followed by its echoes, a trailing comma is named as such', () => {
    const curly = checkQuestionnaireText('{\n  "id": "quick",\n  "version": \u201c1.0.0",\n  "locales": ["en"]\n}');
    expect(!curly.ok && curly.problems.map((p) => [p.line, p.message])).toEqual([[3, 'JSON: curly or single quotes; JSON needs straight double quotes (")']]);
    const trailing = checkQuestionnaireText('{\n  "id": "x",\n}');
    expect(!trailing.ok && trailing.problems.map((p) => [p.line, p.column, p.message])).toEqual([[3, 1, 'JSON: a comma before } or ] is not allowed; delete it']]);
  });

  it.each([
    ['{\n  "id": \u201cx\u201d\n}', 2, 9, 'JSON: curly or single quotes; JSON needs straight double quotes (")'],
    ["{ 'id': 1 }", 1, 3, 'JSON: curly or single quotes; JSON needs straight double quotes (")'],
    ['{ "id": 1 } // note', 1, 13, 'JSON: comments are not allowed in JSON'],
    ['{ "id": 1 "version": 2 }', 1, 11, 'JSON: a comma expected before this'],
  ])('syntax in words: %j', (text, line, column, message) => {
    const check = checkQuestionnaireText(text);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems[0]).toMatchObject({ line, column, message });
  });

  it('validator problems are placed on their key, with the question number', () => {
    const json = JSON.parse(readFileSync('questionnaire/quick.json', 'utf8'));
    json.items[1].text.es = '';
    json.items[2].type = 'slider';
    const text = JSON.stringify(json, null, 2);
    const check = checkQuestionnaireText(text);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const lines = text.split('\n');
    for (const p of check.problems.filter((x) => x.path.startsWith('items[1].text') || x.path.startsWith('items[2].type'))) {
      // The line the problem names holds the key its path ends with.
      const key = String(pathSegments(p.path).at(-1));
      expect(lines[p.line - 1]).toContain(`"${key}"`);
      expect(text.slice(p.offset, p.offset + key.length + 2)).toBe(`"${key}"`);
    }
    expect(check.problems.find((p) => p.path === 'items[1].text.es')?.question).toBe(2);
    expect(check.problems.find((p) => p.path.startsWith('items[2].type'))?.question).toBe(3);
  });

  it('a passing questionnaire comes back typed', () => {
    const check = checkQuestionnaireText(readFileSync('questionnaire/quick.json', 'utf8'));
    expect(check.ok).toBe(true);
  });
});

describe('preview screens', () => {
  const load = (id: string) => {
    const parsed = parseQuestionnaire(JSON.parse(readFileSync(`questionnaire/${id}.json`, 'utf8')));
    if (!parsed.ok) throw new Error('built-in fails');
    return parsed.questionnaire as Questionnaire;
  };

  it.each([
    // quick: 5 questions, one of them (lately) shown only for some answers.
    ['quick', 5],
    ['intake', 22],
  ])('%s: the introduction, each of its %i questions, and all five stages, each answer set scoring that stage', (id, questions) => {
    const q = load(id);
    const screens = previewScreens(q);
    expect(screens[0]).toEqual({ kind: 'intro' });
    expect(screens.filter((s) => s.kind === 'question').map((s) => s.kind === 'question' && s.number)).toEqual(
      Array.from({ length: questions }, (_, n) => n + 1),
    );
    const results = screens.filter((s) => s.kind === 'result');
    expect(results.map((s) => s.kind === 'result' && s.stage)).toEqual(['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance']);
    for (const r of results) {
      if (r.kind !== 'result') continue;
      const result = score(q, r.answers);
      expect(result.status === 'complete' && result.stage).toBe(r.stage);
    }
  });

  it('a questionnaire with next steps gets a screen for each reachable stage that has one', () => {
    const q = load('quick');
    const steps = previewScreens(q).filter((s) => s.kind === 'step');
    expect(steps.map((s) => s.kind === 'step' && s.stage)).toEqual(['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance']);
    const { action: _left, ...fewer } = q.nextSteps!;
    const without = previewScreens({ ...q, nextSteps: fewer });
    expect(without.filter((s) => s.kind === 'step').map((s) => s.kind === 'step' && s.stage)).toEqual(['precontemplation', 'contemplation', 'preparation', 'maintenance']);
    expect(previewScreens({ ...q, nextSteps: undefined }).some((s) => s.kind === 'step')).toBe(false);
  });

  it('quick: the stage question decides (its answer is the one for the stage)', () => {
    const screens = previewScreens(load('quick'));
    const byStage = Object.fromEntries(screens.flatMap((s) => (s.kind === 'result' ? [[s.stage, s.answers.stage]] : [])));
    expect(byStage).toEqual({
      precontemplation: 'not-in-6-months',
      contemplation: 'within-6-months',
      preparation: 'within-30-days',
      action: 'doing-under-6-months',
      maintenance: 'doing-over-6-months',
    });
  });
});
