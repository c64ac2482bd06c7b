const TEXT = { en: 'Loading the questions…', es: 'Cargando las preguntas…' } as const;

/**
 * The calm state shown while a host-supplied questionnaire is fetched and checked (the validator
 * may be loaded on demand first): one quiet line, announced politely, that fades in only after a
 * moment (embed.css), so a fast load shows no flash. Plain DOM: the widget is not mounted yet.
 */
export function renderLoading(root: ParentNode, lang: 'en' | 'es'): void {
  const box = document.createElement('p');
  box.className = 'sq-embed-loading';
  box.setAttribute('role', 'status');
  box.setAttribute('part', 'loading');
  box.lang = lang;
  box.textContent = TEXT[lang];
  root.replaceChildren(box);
}
