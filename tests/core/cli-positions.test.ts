// The CLI's position helpers (bin/), directly: JSON paths to lines and columns, question numbers,
// and bad-JSON messages, including Windows line endings and a byte order mark.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { parseJsonText } from '../../bin/parse-json-text.js';
// @ts-expect-error: plain ESM script without types
import { pathSegments, positionsIn, questionNumber } from '../../bin/problem-position.js';

const position = (text: string, path: string) => (positionsIn(text) as (p: string) => { line: number; column: number })(path);

describe('positions of problems', () => {
  const text = ['{', '  "title": { "en": "Hi" },', '  "items": [', '    { "id": "a" },', '    {', '      "id": "b",', '      "options": [1, 2]', '    }', '  ]', '}'].join('\n');

  it('reads paths as a person writes them', () => {
    expect(pathSegments('items[3].options[1].value')).toEqual(['items', 3, 'options', 1, 'value']);
    expect(pathSegments('(root)')).toEqual([]);
    expect(questionNumber('items[0].text.es')).toBe(1);
    expect(questionNumber('items[11]')).toBe(12);
    expect(questionNumber('scoring.stage[0]')).toBeUndefined();
  });

  it('points at the field name, the array entry, or the nearest part that is there', () => {
    expect(position(text, 'items[1].id')).toEqual({ line: 6, column: 7 });
    expect(position(text, 'items[1].options[1]')).toEqual({ line: 7, column: 22 });
    // title.es is missing: the title field itself.
    expect(position(text, 'title.es')).toEqual({ line: 2, column: 3 });
    expect(position(text, '(root)')).toEqual({ line: 1, column: 1 });
  });

  it('counts lines the same with Windows line endings and ignores a byte order mark', () => {
    expect(position(`\uFEFF${text.replaceAll('\n', '\r\n')}`, 'items[1].id')).toEqual({ line: 6, column: 7 });
    expect(position('\uFEFF{"id": 1}', 'id')).toEqual({ line: 1, column: 2 });
  });
});

describe('bad JSON', () => {
  it('parses good JSON to its value (a byte order mark is fine)', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it.each([
    ['{\r\n  "a": 1,\r\n}', 2, 9, 'a comma before } at line 2, column 9: JSON allows no comma after the last field; delete that comma'],
    ['{\n  "a": \u2018x\u2019\n}', 2, 8, 'a curly opening single quote \u2018 at line 2, column 8: JSON needs straight double quotes ("); retype it as " (and turn off smart quotes in your editor)'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, '\'"\' at line 3, column 3: a comma is missing before it (between two fields or two entries)'],
    ['{\n  "a": [1, 2\n}', 3, 1, "'}' at line 3, column 1: a ] is missing before it (a list [ ... ] is still open)"],
    ['[{"a": 1]', 1, 9, "']' at line 1, column 9: a } is missing before it (an object { ... } is still open)"],
    ['{\n  "a": "one\ntwo"\n}', 2, 8, 'a text that does not end on its line, starting at line 2, column 8: close it with " before the line ends (a line break inside a text is written \\n)'],
    ['{\n  "a": 1\n', 3, 1, 'the file ends too early at line 3, column 1: a } or ] is missing (each { and [ needs its closing one)'],
    ['{"a": True}', 1, 7, "'T' at line 1, column 7 is not JSON: texts need double quotes (\"...\"), numbers are plain (2 or 1.5, not 1.0.0), and true, false and null are lower-case"],
  ])('%j: %i:%i', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });
});
