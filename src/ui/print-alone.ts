/** Marks the element and its ancestors while printing; everything else on the host page is hidden. (In ui: the result phase, loaded on demand, brings it.) */
const MARK = 'data-stages-quiz-print';

// Print media only, so the screen never changes. The host's layout around the widget (grids,
// sidebars, fixed headers, margins) is flattened so the summary starts at the top of the sheet.
const PRINT_CSS = `@media print{
[${MARK}]>:not([${MARK}]){display:none!important}
[${MARK}]{display:block!important;visibility:visible!important;position:static!important;float:none!important;transform:none!important;width:auto!important;max-width:none!important;height:auto!important;min-height:0!important;overflow:visible!important;margin:0!important;padding:0!important;border:0!important;background:none!important;box-shadow:none!important}
[${MARK}]::before,[${MARK}]::after{content:none!important}
}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Makes the host page print `element` alone: marks it and its ancestors and adopts a print-only
 * document stylesheet (constructable, so a strict CSP needs no exception) that hides every other
 * branch. Used by clinician mode, whose summary is printed from whatever page embeds it.
 * @returns undoes both, leaving the host page as it was.
 */
export function printAlone(element: Element): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
  }
  const marked: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    // Already marked by another widget printing alone: leave its marks to it.
    if (node.hasAttribute(MARK)) continue;
    node.setAttribute(MARK, '');
    marked.push(node);
  }
  const own = sheet;
  const adopted = !document.adoptedStyleSheets.includes(own);
  if (adopted) document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
  return () => {
    for (const node of marked) node.removeAttribute(MARK);
    if (adopted) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
  };
}

/**
 * While `element` is connected: whenever the page prints and `when()` holds, prints it alone
 * (beforeprint) and puts the page back (afterprint). Covers the widget's Print button and the
 * browser's own print command alike.
 * @returns stops watching, undoing a print under way.
 */
export function printAloneWhen(element: Element, when: () => boolean): () => void {
  let undo: (() => void) | undefined;
  const after = () => {
    undo?.();
    undo = undefined;
  };
  const before = () => {
    if (!undo && when()) undo = printAlone(element);
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    after();
  };
}
