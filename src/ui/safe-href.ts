/**
 * A link target the widget is willing to render, or undefined. Hosts configure links by
 * attribute or URL parameter, so a `javascript:` or `data:` URL must never become a link.
 */
export function safeHref(href: string | undefined, schemes: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:', 'sms:']): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  try {
    // A relative link ("/book") resolves against any base; only its scheme matters here.
    const url = new URL(trimmed, 'https://relative.invalid/');
    return schemes.includes(url.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
