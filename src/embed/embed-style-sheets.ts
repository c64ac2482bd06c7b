import widgetCss from '../ui/styles.css?inline';
import embedCss from './embed.css?inline';

let sheets: CSSStyleSheet[] | undefined;

/**
 * The constructable stylesheets every `<stages-quiz>` shadow root adopts: built once per page and
 * shared, so ten widgets cost one parse. No `<style>` element, so a strict CSP needs no exception.
 */
export function embedStyleSheets(): CSSStyleSheet[] {
  if (!sheets) {
    const embed = new CSSStyleSheet();
    embed.replaceSync(embedCss);
    const widget = new CSSStyleSheet();
    widget.replaceSync(widgetCss);
    sheets = [embed, widget];
  }
  return sheets;
}
