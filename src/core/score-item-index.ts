import { indexItems, type ItemIndex } from './evaluate-condition';
import type { Item } from './types';

// score() runs once per answer set, often many times over one questionnaire (a benchmark scores
// 100,000), and building the id → item Map is a good part of its cost. The Map depends only on
// which item objects the array holds and their ids, so a cached one is reused only after checking
// exactly that: a questionnaire edited in place gets a fresh index, never a stale one.
const cache = new WeakMap<readonly Item[], { items: readonly Item[]; ids: readonly string[]; index: ItemIndex }>();

/** indexItems, reusing the last index built for this very array when its items are unchanged. */
export function scoreItemIndex(items: readonly Item[]): ItemIndex {
  const cached = cache.get(items);
  if (cached && unchanged(items, cached.items, cached.ids)) return cached.index;
  const index = indexItems(items);
  cache.set(items, { items: [...items], ids: items.map((item) => item.id), index });
  return index;
}

function unchanged(items: readonly Item[], before: readonly Item[], ids: readonly string[]): boolean {
  if (items.length !== before.length) return false;
  for (let i = 0; i < items.length; i++) {
    if (items[i] !== before[i] || items[i]!.id !== ids[i]) return false;
  }
  return true;
}
