/** A colour as `#rrggbb` or `#rgb` (what the theme accepts; no names, no functions). */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rgb` or `#rrggbb` as three 0–255 channels; undefined for anything else. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  if (!HEX_COLOUR.test(value)) return undefined;
  const hex = value.length === 4 ? [...value.slice(1)].map((c) => c + c).join('') : value.slice(1);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of an sRGB colour (0 black … 1 white). */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG 2.x contrast ratio of two hex colours (1 … 21); undefined when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseHexColour(a);
  const cb = parseHexColour(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (channels: readonly number[]) => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The nearest colour to `accent` (same hue, mixed toward black or white, whichever the text is
 * not) that reaches `minimum` contrast with `text`; the accent itself when it already does.
 * Undefined when either colour is not hex.
 */
export function suggestAccent(accent: string, text: string, minimum = 4.5): string | undefined {
  const c = parseHexColour(accent);
  const t = parseHexColour(text);
  if (!c || !t) return undefined;
  if (contrastRatio(accent, text)! >= minimum) return toHex(c);
  // Light text needs a darker accent; dark text a lighter one.
  const target = luminance(t) > 0.5 ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const mixed = toHex(c.map((v) => v + ((target - v) * step) / 100));
    if (contrastRatio(mixed, text)! >= minimum) return mixed;
  }
  return toHex([target, target, target]);
}
