/**
 * 1-based line and column of a character offset in `text`, as editors count them (a tab is one
 * column; \r\n is one line break).
 * @param {string} text
 * @param {number} offset
 * @returns {{ line: number, column: number }}
 */
export function lineColumn(text, offset) {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
