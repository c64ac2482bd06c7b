// Bad JSON, told so an author can fix it: which character, where (line and column), and what to
// do. The parser is jsonc-parser (it keeps going after an error and gives every error's offset);
// the first error is the one to fix (later ones are usually its echoes).
import jsonc from 'jsonc-parser';
import { lineColumn } from './line-column.js';

const SMART_QUOTES = new Map([
  ['\u201C', 'a curly opening quote “'],
  ['\u201D', 'a curly closing quote ”'],
  ['\u2018', "a curly opening single quote ‘"],
  ['\u2019', 'a curly closing single quote ’'],
  ['\u00AB', 'a guillemet «'],
  ['\u00BB', 'a guillemet »'],
]);

/** The character at `offset` as a person reads it: 'x', or a name for what cannot be seen. */
function describeCharacter(text, offset) {
  const c = text[offset];
  if (c === undefined) return 'the end of the file';
  if (SMART_QUOTES.has(c)) return SMART_QUOTES.get(c);
  if (c === "'") return "a single quote '";
  if (c === '\t') return 'a tab';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c.trim() === '') return `an invisible space (U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${c}'`;
}

/** The last character before `offset` that is not white space, with its offset. */
function previousVisible(text, offset) {
  for (let i = offset - 1; i >= 0; i--) if (text[i].trim() !== '') return { char: text[i], offset: i };
  return null;
}

/**
 * Parses `text` as strict JSON. Returns the value, or one plain message naming the character,
 * its line and column, and what to do.
 * @param {string} text the file's text (a leading byte order mark is ignored)
 * @returns {{ ok: true, value: unknown } | { ok: false, line: number, column: number, message: string }}
 */
export function parseJsonText(text) {
  const source = text.replace(/^\uFEFF/, '');
  const errors = [];
  jsonc.parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0) return { ok: true, value: JSON.parse(source) };
  const { error, offset } = errors[0];
  const at = lineColumn(source, offset);
  const where = `line ${at.line}, column ${at.column}`;
  const fail = (message, place = at) => ({ ok: false, ...place, message });
  const code = jsonc.printParseErrorCode(error);
  const char = source[offset];

  if (source.trim() === '') return fail('the file is empty; a questionnaire is one JSON object, { ... }');
  if (code === 'InvalidCommentToken' || (char === '/' && (source[offset + 1] === '/' || source[offset + 1] === '*'))) {
    return fail(`a comment at ${where}: JSON has no comments; delete it`);
  }
  if (char !== undefined && SMART_QUOTES.has(char)) {
    return fail(`${describeCharacter(source, offset)} at ${where}: JSON needs straight double quotes ("); retype it as " (and turn off smart quotes in your editor)`);
  }
  if (char === "'") return fail(`a single quote ' at ${where}: JSON strings and names need straight double quotes ("); use " instead`);
  const before = previousVisible(source, offset);
  if ((char === '}' || char === ']') && before?.char === ',') {
    const comma = lineColumn(source, before.offset);
    return fail(
      `a comma before ${char} at line ${comma.line}, column ${comma.column}: JSON allows no comma after the last ${char === '}' ? 'field' : 'entry'}; delete that comma`,
      comma,
    );
  }
  if (code === 'UnexpectedEndOfString') {
    return fail(`a text that does not end on its line, starting at ${where}: close it with " before the line ends (a line break inside a text is written \\n)`);
  }
  if (code === 'InvalidEscapeCharacter') return fail(`a backslash escape JSON does not know at ${where}: write \\\\ for a backslash, \\" for a quote, \\n for a new line`);
  if (char === undefined || code === 'UnexpectedEndOfComment') {
    return fail(`the file ends too early at ${where}: a } or ] is missing (each { and [ needs its closing one)`);
  }
  // A closing bracket of the other kind where a comma could go: the inner list or object was never closed.
  if (code === 'CommaExpected' && char === '}') return fail(`'}' at ${where}: a ] is missing before it (a list [ ... ] is still open)`);
  if (code === 'CommaExpected' && char === ']') return fail(`']' at ${where}: a } is missing before it (an object { ... } is still open)`);
  if (code === 'CommaExpected') return fail(`${describeCharacter(source, offset)} at ${where}: a comma is missing before it (between two fields or two entries)`);
  if (code === 'ColonExpected') return fail(`${describeCharacter(source, offset)} at ${where}: a colon is missing before it ("name": value)`);
  if (code === 'PropertyNameExpected') return fail(`${describeCharacter(source, offset)} at ${where}: a field name in double quotes was expected here ("name": value)`);
  if (code === 'EndOfFileExpected') return fail(`${describeCharacter(source, offset)} at ${where}: the questionnaire already ended before it; delete it, or move it inside the outer { }`);
  if (code === 'CloseBraceExpected') return fail(`${describeCharacter(source, offset)} at ${where}: a comma or a closing } was expected here`);
  if (code === 'CloseBracketExpected') return fail(`${describeCharacter(source, offset)} at ${where}: a comma or a closing ] was expected here`);
  return fail(
    `${describeCharacter(source, offset)} at ${where} is not JSON: texts need double quotes ("..."), numbers are plain (2 or 1.5, not 1.0.0), and true, false and null are lower-case`,
  );
}
