import type { SelectedGuidance } from '../select-guidance';

/** The words around a result in the reader's language (core has no strings of its own). */
export interface ResultTextLabels {
  readonly helps: string;
  readonly questions: string;
  readonly ruler: string;
  readonly slip: string;
  readonly links: string;
}

/** What the plain-text result is built from; every text already in the person's language. */
export interface ResultTextInput {
  /** First line, e.g. the questionnaire's title. */
  readonly title: string;
  /** The date, already formatted by the caller (core has no clock). */
  readonly date: string;
  readonly guidance: SelectedGuidance;
  /** The stage named as context, e.g. "This is what people who study change call preparation." */
  readonly stageLine: string;
  readonly labels: ResultTextLabels;
  /** The practice's name, call to action and link, one line each when given. */
  readonly practice?: readonly string[];
  /** Paragraphs at the end: "not a diagnosis", then the crisis line (kept last, even when trimmed). */
  readonly closing?: readonly string[];
}

/**
 * The result as plain text, for Copy, Share and an email body: paragraphs separated by a blank line,
 * lists as "- " lines. DOM-free and pure, so every way of keeping the result says the same thing.
 */
export function resultText(input: ResultTextInput): string {
  const { guidance: g, labels } = input;
  const list = (heading: string, items: readonly string[]) => (items.length ? [heading, ...items.map((t) => `- ${t}`)].join('\n') : '');
  return [
    `${input.title}\n${input.date}`,
    `${g.headline}\n${g.reflection}`,
    input.stageLine,
    ...g.blocks.map((b) => `${b.heading}\n${b.text}`),
    list(labels.helps, g.helps),
    list(labels.questions, g.questions),
    list(labels.ruler, g.rulerPrompts.map((p) => `${p.question} ${p.text}`)),
    g.slipNote ? `${labels.slip}\n${g.slipNote}` : '',
    list(labels.links, g.links.map((l) => `${l.label}: ${l.href}`)),
    (input.practice ?? []).filter(Boolean).join('\n'),
    ...(input.closing ?? []),
  ]
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}

/** Mail clients and browsers reliably open `mailto:` URLs up to about this many characters. */
export const MAILTO_LIMIT = 2000;

/**
 * A `mailto:` URL (no recipient: the person picks one) with a subject and a plain-text body, at
 * most `limit` characters. A body too long is cut at a paragraph, an ellipsis marks the cut, and
 * the last paragraph (the crisis line) stays; a single paragraph too long is cut by characters.
 */
export function mailtoHref(subject: string, body: string, limit = MAILTO_LIMIT): string {
  const url = (text: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  if (url(body).length <= limit) return url(body);
  const paragraphs = body.split('\n\n');
  const last = paragraphs.length > 1 ? paragraphs.pop()! : '';
  const tail = last ? `…\n\n${last}` : '…';
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (url([...kept, p, tail].join('\n\n')).length > limit) break;
    kept.push(p);
  }
  if (kept.length > 0) return url([...kept, tail].join('\n\n'));
  // Not even the first paragraph fits: cut characters (whole code points) until it does.
  const chars = [...body];
  let n = chars.length;
  while (n > 0 && url(`${chars.slice(0, n).join('')}…`).length > limit) n = Math.floor(n * 0.9);
  return url(`${chars.slice(0, n).join('')}…`);
}
