import widgetCss from '../ui/styles.css?inline';
import embedCss from './embed.css?inline';

let sheets: CSSStyleSheet[] | undefined;
const extras = new Map<string, CSSStyleSheet>();

function sheet(css: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(css);
  return made;
}

/**
 * The constructable stylesheets every `<stages-quiz>` shadow root adopts: built once per page and
 * shared, so ten widgets cost one parse. No `<style>` element, so a strict CSP needs no exception.
 * @param featureCss styles of an injected feature (clinician mode), placed before the widget's
 *   own, where its `@import` used to put them.
 */
export function embedStyleSheets(featureCss?: string): CSSStyleSheet[] {
  sheets ??= [sheet(embedCss), sheet(widgetCss)];
  if (featureCss === undefined) return sheets;
  let extra = extras.get(featureCss);
  if (!extra) extras.set(featureCss, (extra = sheet(featureCss)));
  return [sheets[0]!, extra, sheets[1]!];
}
