import type { Problem } from './types';
import { expectType, quote, type JsonValue } from './validate-context';

/**
 * Checks a link. Guidance links may be https:, mailto: or tel:; a questionnaire's own url and its
 * provenance link must be https:. Anything else (http:, javascript:, relative paths) is refused:
 * the widget renders these as real links in someone else's page.
 */
export function validateLink(value: JsonValue | undefined, path: string, schemes: 'https' | 'https-mailto-tel', out: Problem[]): void {
  if (!expectType(value, 'string', path, out)) return;
  const href = value as string;
  const expected = schemes === 'https' ? 'an https: URL' : 'an https:, mailto: or tel: link';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    out.push({ path, message: `${quote(href)} is not an absolute link; expected ${expected}` });
    return;
  }
  // As the JSON Schema has it (its patterns are case-sensitive): the scheme in lower case, and
  // https: with its `//` (a browser reads 'https:evil.example' as https://evil.example/).
  if (!href.startsWith(scheme)) {
    out.push({ path, message: `${quote(href)}: write the scheme in lower case ('${scheme}:')` });
    return;
  }
  if (scheme === 'https') {
    if (!href.startsWith('https://')) out.push({ path, message: `${quote(href)} is not a valid https: URL; it must start with 'https://'` });
    else if (!isHttpsUrl(href)) out.push({ path, message: `${quote(href)} is not a valid https: URL` });
    return;
  }
  if (schemes === 'https' || (scheme !== 'mailto' && scheme !== 'tel')) {
    out.push({ path, message: `links must be ${expected}; got a ${scheme}: link` });
    return;
  }
  if (scheme === 'mailto' && !/^mailto:[^\s@]+@[^\s@]+$/i.test(href.split('?')[0]!)) {
    out.push({ path, message: `${quote(href)} is not a valid mailto: link; expected e.g. 'mailto:hello@example.org'` });
  }
  if (scheme === 'tel' && !/^tel:\+?[0-9][0-9 ().-]*$/i.test(href)) {
    out.push({ path, message: `${quote(href)} is not a valid tel: link; expected digits, e.g. 'tel:+12135550100'` });
  }
}

function isHttpsUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(href);
  } catch {
    return false;
  }
}
