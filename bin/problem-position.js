// Where a problem is in the author's file: the JSON path the validator gives (items[3].options[1].value)
// found in the parsed text (jsonc-parser keeps every node's offset), as a line and column, plus
// the question's number as a person counts it (items[1] is question 2).
import jsonc from 'jsonc-parser';
import { lineColumn } from './line-column.js';

/** `items[3].options[1].value` → ['items', 3, 'options', 1, 'value']; `(root)` → []. */
export function pathSegments(path) {
  if (!path || path === '(root)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** "question N" for a path inside items[N-1], else undefined. */
export function questionNumber(path) {
  const m = /^items\[(\d+)\]/.exec(path ?? '');
  return m ? Number(m[1]) + 1 : undefined;
}

/**
 * Returns a function giving each path's line and column in `text`: the field's name when the
 * path names a field, the element for an array entry, or, for something missing, the nearest
 * enclosing part that is there.
 * @param {string} text
 */
export function positionsIn(text) {
  // A byte order mark is invisible in editors: columns count from after it.
  const source = text.replace(/^\uFEFF/, '');
  const tree = jsonc.parseTree(source, [], { disallowComments: true, allowTrailingComma: false });
  return (path) => {
    if (!tree) return { line: 1, column: 1 };
    const segments = pathSegments(path);
    let node;
    for (let n = segments.length; n >= 0 && !node; n--) node = jsonc.findNodeAtLocation(tree, segments.slice(0, n));
    node ??= tree;
    const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return lineColumn(source, offset);
  };
}
