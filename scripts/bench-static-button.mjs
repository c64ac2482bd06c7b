// The yardstick of the load benches (bench-load.mjs, bench-trace.mjs): dist/examples/plain.html
// served with one static <button id="static-button"> right after <stages-quiz>, what plain HTML
// costs on the same page.

/** Makes `page` get plain.html with the static button after the element. */
export function withStaticButton(page) {
  return page.route('**/examples/plain.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</stages-quiz>', '</stages-quiz><button id="static-button" type="button">A static button</button>');
    await route.fulfill({ response, body });
  });
}
