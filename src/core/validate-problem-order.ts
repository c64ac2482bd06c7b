import type { Problem } from './types';
import { childPath, indexPath, isObject, type JsonValue } from './validate-context';

/**
 * Sorts problems into the order their places appear in the document, so an author reads them
 * top to bottom. A problem about a missing field sorts right after its parent. Stable otherwise.
 */
export function sortProblems(problems: readonly Problem[], root: JsonValue | undefined): Problem[] {
  // Only the places on the way to a problem need a rank: walking every node of a large input
  // would cost more than the whole check (siblings are ranked, their insides are not).
  const wanted = new Set<string>();
  for (const problem of problems) for (let p = problem.path; ; p = parent(p)) {
    if (wanted.has(p)) break;
    wanted.add(p);
    if (p === '(root)') break;
  }
  const rank = new Map<string, number>();
  const visit = (value: JsonValue, path: string): void => {
    rank.set(path, rank.size);
    if (!wanted.has(path)) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, indexPath(path, i)));
    else if (isObject(value)) for (const key of Object.keys(value)) visit(value[key]!, childPath(path, key));
  };
  if (root !== undefined) visit(root, '(root)');
  const rankOf = (path: string): number => {
    for (let p = path; ; p = parent(p)) {
      const r = rank.get(p);
      if (r !== undefined) return p === path ? r : r + 0.5;
      if (p === '(root)') return -1;
    }
  };
  return problems
    .map((problem, i) => ({ problem, i, r: rankOf(problem.path) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.problem);
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `(root)`. */
function parent(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '(root)' : path.slice(0, cut);
}
