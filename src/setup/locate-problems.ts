import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseQuestionnaire } from '../core/parse-questionnaire';
import type { Questionnaire } from '../core/types';

/** A problem in the author's text: the validator's path and message, and where it is. */
export interface LocatedProblem {
  readonly path: string;
  readonly message: string;
  /** 1-based, as an editor counts. */
  readonly line: number;
  readonly column: number;
  /** Where to put the cursor (and how much to select) in the text. */
  readonly offset: number;
  readonly length: number;
  /** 1-based question number when the path is inside `items[n]`. */
  readonly question?: number;
}

export type TextCheck =
  | { readonly ok: true; readonly questionnaire: Questionnaire }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[] };

/** `items[3].options[1].value` → ['items', 3, 'options', 1, 'value']; `(root)` → []. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(root)' || path === '') return [];
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return out;
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

// Syntax errors in words a web person can act on, by jsonc-parser's error name.
const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'a character JSON does not allow here',
  InvalidNumberFormat: 'a number JSON cannot read (digits, an optional - and . only)',
  PropertyNameExpected: 'a name in double quotes expected here',
  ValueExpected: 'a value expected here',
  ColonExpected: 'a colon (:) expected after the name',
  CommaExpected: 'a comma expected before this',
  CloseBraceExpected: 'a closing } expected',
  CloseBracketExpected: 'a closing ] expected',
  EndOfFileExpected: 'nothing more expected after the questionnaire’s closing }',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text not closed by a double quote',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash JSON does not know (write \\\\ for one backslash)',
  InvalidCharacter: 'a line break or tab inside a text (write \\n or \\t)',
};

function syntaxMessage(text: string, error: ParseError): string {
  const at = text.slice(error.offset, error.offset + Math.max(1, error.length));
  // Word processors turn quotes curly; JSON needs straight double quotes.
  if (/[\u2018\u2019\u201c\u201d']/.test(at)) return 'JSON: curly or single quotes; JSON needs straight double quotes (")';
  // A } or ] right after a comma: the comma is the fault, not the bracket.
  if (/^[}\]]/.test(at) && text.slice(0, error.offset).trimEnd().endsWith(',')) return 'JSON: a comma before } or ] is not allowed; delete it';
  return `JSON: ${SYNTAX[printParseErrorCode(error.error)] ?? 'not valid JSON here'}`;
}

/** The node for `segments`, or its nearest ancestor that exists (a missing key points at its object). */
function nearestNode(root: Node, segments: readonly (string | number)[]): Node {
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (node) return node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
  }
  return root;
}

/**
 * Checks a questionnaire as the author typed it: JSON syntax first (each error with its place),
 * then the validator (parseQuestionnaire), each problem placed on the key or value its path names.
 */
export function checkQuestionnaireText(text: string): TextCheck {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const at = (offset: number, length: number) => ({ ...lineAndColumn(text, offset), offset, length });
  if (errors.length > 0) {
    // The first is the one to fix: the parser's later errors are mostly its echoes (one curly quote
    // gave five, four of them about commas that were not there).
    const first = errors[0]!;
    return { ok: false, problems: [{ path: '(JSON)', message: syntaxMessage(text, first), ...at(first.offset, first.length) }] };
  }
  if (!root) return { ok: false, problems: [{ path: '(JSON)', message: 'JSON: the text is empty', ...at(0, 0) }] };
  const result = parseQuestionnaire(JSON.parse(text));
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => {
      const segments = pathSegments(p.path);
      const node = nearestNode(root, segments);
      const question = segments[0] === 'items' && typeof segments[1] === 'number' ? segments[1] + 1 : undefined;
      return { path: p.path, message: p.message, ...at(node.offset, node.length), ...(question ? { question } : {}) };
    }),
  };
}
