import type { Problem } from './types';
import { checkKeys, childPath, expectType, get, isObject, list, quote, type JsonObject, type JsonValue } from './validate-context';
import type { ItemInfo } from './validate-items';
import { validateLocalizedText } from './validate-localized-text';

const NAME = /^[a-z][A-Za-z0-9]{0,31}$/;

/**
 * Checks `placeholders`: each name (`change`) fills `{change}` in guidance texts from a choice
 * item's answer, with a fallback text. Returns the usable names; undefined when none are declared.
 */
export function validatePlaceholders(
  value: JsonValue | undefined,
  items: ReadonlyMap<string, ItemInfo>,
  broken: ReadonlySet<string>,
  locales: readonly string[] | undefined,
  out: Problem[],
): Set<string> {
  const names = new Set<string>();
  if (!expectType(value, 'object', 'placeholders', out)) return names;
  for (const name of Object.keys(value as JsonObject)) {
    const path = childPath('placeholders', name);
    if (!NAME.test(name)) {
      out.push({ path, message: `${quote(name)} is not a placeholder name; use a letter then letters or digits, e.g. 'change'` });
      continue;
    }
    names.add(name);
    const entry = get(value as JsonObject, name);
    if (!expectType(entry, 'object', path, out)) continue;
    checkKeys(entry as JsonObject, path, ['item', 'fallback'], [], out);
    validateLocalizedText(get(entry as JsonObject, 'fallback'), `${path}.fallback`, locales, out);
    const id = get(entry as JsonObject, 'item');
    if (!expectType(id, 'string', `${path}.item`, out)) continue;
    const item = items.get(id as string);
    if (!item) {
      if (!broken.has(id as string)) out.push({ path: `${path}.item`, message: `unknown item ${quote(id)}; a placeholder is filled from a choice item's answer` });
    } else if (item.type !== 'choice') {
      out.push({ path: `${path}.item`, message: `item '${item.id}' is a ${item.type} item; a placeholder is filled from a choice item's chosen option` });
    }
  }
  return names;
}

/** Every `{name}` in a localized text must be a declared placeholder. */
export function checkGuidancePlaceholders(text: JsonValue | undefined, path: string, names: ReadonlySet<string>, out: Problem[]): void {
  if (!isObject(text)) return;
  for (const locale of Object.keys(text)) {
    const t = get(text, locale);
    if (typeof t !== 'string') continue;
    for (const match of t.matchAll(/\{([^{}]*)\}/g)) {
      if (names.has(match[1]!)) continue;
      out.push({
        path: childPath(path, locale),
        message: names.size
          ? `unknown placeholder {${match[1]}}; declared placeholders: ${list([...names].map((n) => `{${n}}`))}`
          : `unknown placeholder {${match[1]}}; declare it under placeholders, e.g. "placeholders": { "${match[1]}": { "item": "…", "fallback": … } }`,
      });
    }
  }
}
