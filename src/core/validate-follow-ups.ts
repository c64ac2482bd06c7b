import type { Problem } from './types';
import { checkKeys, childPath, expectType, get, indexPath, isObject, type JsonObject, type JsonValue } from './validate-context';
import { validateLocalizedText } from './validate-localized-text';

/**
 * Checks a ruler's follow-up prompts: ranges inside the ruler that do not overlap (the widget
 * shows the first that fits), and only the `{value}`, `{lower}` and `{higher}` placeholders.
 */
export function validateFollowUps(
  value: JsonValue | undefined,
  path: string,
  bounds: { min: number; max: number } | undefined,
  locales: readonly string[] | undefined,
  out: Problem[],
): void {
  if (!expectType(value, 'array', path, out)) return;
  const covered: { index: number; from: number; to: number }[] = [];
  (value as readonly JsonValue[]).forEach((followUp, i) => {
    const at = indexPath(path, i);
    if (!expectType(followUp, 'object', at, out)) return;
    const f = followUp as JsonObject;
    checkKeys(f, at, ['text'], ['minValue', 'maxValue'], out);
    validateLocalizedText(get(f, 'text'), `${at}.text`, locales, out);
    const lo = get(f, 'minValue');
    const hi = get(f, 'maxValue');
    const loOk = lo === undefined || expectType(lo, 'integer', `${at}.minValue`, out);
    const hiOk = hi === undefined || expectType(hi, 'integer', `${at}.maxValue`, out);
    if (!loOk || !hiOk || !bounds) return;
    const inRange = (v: number) => v >= bounds.min && v <= bounds.max;
    if (typeof lo === 'number' && !inRange(lo)) out.push({ path: `${at}.minValue`, message: `${lo} is outside the ruler's range ${bounds.min}–${bounds.max}` });
    if (typeof hi === 'number' && !inRange(hi)) out.push({ path: `${at}.maxValue`, message: `${hi} is outside the ruler's range ${bounds.min}–${bounds.max}` });
    if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) out.push({ path: `${at}.maxValue`, message: `maxValue (${hi}) is below minValue (${lo}); no answer fits this follow-up` });
    checkPlaceholders(get(f, 'text'), `${at}.text`, { lowest: typeof lo === 'number' ? lo : bounds.min, highest: typeof hi === 'number' ? hi : bounds.max }, bounds, out);
    const from = typeof lo === 'number' ? lo : bounds.min;
    const to = typeof hi === 'number' ? hi : bounds.max;
    // The widget shows the first follow-up that fits, so an overlap silently hides this one.
    const earlier = covered.find((c) => c.from <= to && from <= c.to);
    if (earlier) {
      const a = Math.max(from, earlier.from);
      const b = Math.min(to, earlier.to);
      out.push({ path: at, message: `overlaps followUps[${earlier.index}] for ${a === b ? `the answer ${a}` : `answers ${a}–${b}`}; the first follow-up that fits is shown, so give each answer one follow-up` });
    }
    if (from <= to) covered.push({ index: i, from, to });
  });
}

/**
 * `{value}`, `{lower}` and `{higher}` are the only placeholders; `{lower}` needs a number below every
 * answer the follow-up covers, `{higher}` one above.
 */
function checkPlaceholders(
  text: JsonValue | undefined,
  path: string,
  covers: { lowest: number; highest: number },
  ruler: { min: number; max: number },
  out: Problem[],
): void {
  if (!isObject(text)) return;
  for (const locale of Object.keys(text)) {
    const t = get(text, locale);
    if (typeof t !== 'string') continue;
    for (const match of t.matchAll(/\{([^{}]*)\}/g)) {
      const name = match[1]!;
      const at = childPath(path, locale);
      if (name !== 'value' && name !== 'lower' && name !== 'higher') {
        out.push({ path: at, message: `unknown placeholder {${name}}; use {value}, {lower} or {higher}` });
      } else if (name === 'lower' && covers.lowest <= ruler.min) {
        out.push({
          path: at,
          message: `{lower} needs a number below the answer, but this follow-up covers ${ruler.min}, the ruler's minimum; give it minValue ${ruler.min + 1} or more`,
        });
      } else if (name === 'higher' && covers.highest >= ruler.max) {
        out.push({
          path: at,
          message: `{higher} needs a number above the answer, but this follow-up covers ${ruler.max}, the ruler's maximum; give it maxValue ${ruler.max - 1} or less`,
        });
      }
    }
  }
}
