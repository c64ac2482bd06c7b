import { useState } from 'preact/hooks';
import { downloadFile } from '../ui/clinician/download-file';
import { SETTINGS_FILE, type Snippets } from './build-snippets';
import type { SetupStrings } from './setup-strings';

export interface SnippetPanelProps {
  /** Null while the files address is not a URL (the problem shows under its field). */
  readonly snippets: Snippets | null;
  readonly filesUrl: string;
  readonly filesUrlProblem?: string;
  readonly siteOrigin: string;
  readonly siteOriginProblem?: string;
  /** The pasted questionnaire still has problems: its file would not work on the site yet. */
  readonly questionnaireProblems?: number;
  readonly strings: SetupStrings;
  readonly onFilesUrl: (value: string) => void;
  readonly onSiteOrigin: (value: string) => void;
}

/** Copies text, announcing the outcome; the clipboard API first, then a hidden selection as a fallback. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'su-offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** The snippets with copy buttons, where to paste them on three site builders, and settings.json. */
export function SnippetPanel(props: SnippetPanelProps) {
  const { strings, snippets } = props;
  const [status, setStatus] = useState('');
  const blocks: { id: string; title: string; text: string }[] = snippets
    ? [
        { id: 'script', title: strings.scriptSnippet, text: snippets.script },
        ...(snippets.css ? [{ id: 'css', title: strings.cssSnippet, text: snippets.css }] : []),
        { id: 'iframe', title: strings.iframeSnippet, text: snippets.iframe },
        { id: 'link', title: strings.linkSnippet, text: snippets.link },
      ]
    : [];
  const field = (id: string, label: string, hint: string, value: string, problem: string | undefined, set: (v: string) => void) => (
    <div class="su-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" inputMode="url" value={value} aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined} onInput={(e) => set(e.currentTarget.value)} />
      <p class="su-hint" id={`${id}-hint`}>{hint}</p>
      {problem && <p class="su-problem" id={`${id}-problem`}>{problem}</p>}
    </div>
  );
  return (
    <section class="su-section" aria-labelledby="su-snippets-heading">
      <h2 id="su-snippets-heading">{strings.snippetsHeading}</h2>
      {field('su-files-url', strings.filesUrl, strings.filesUrlHint, props.filesUrl, props.filesUrlProblem, props.onFilesUrl)}
      {field('su-site-origin', strings.siteOrigin, strings.siteOriginHint, props.siteOrigin, props.siteOriginProblem, props.onSiteOrigin)}
      {props.questionnaireProblems ? <p class="su-problem">{strings.snippetsQuestionnaireProblems(props.questionnaireProblems)}</p> : null}
      {blocks.map((b) => (
        <div class="su-snippet" key={b.id}>
          <h3 class="su-subheading" id={`su-snippet-${b.id}`}>{b.title}</h3>
          <pre class="su-pre" tabIndex={0} aria-labelledby={`su-snippet-${b.id}`} data-snippet={b.id}>
            <code>{b.text}</code>
          </pre>
          <button type="button" class="su-button" id={`su-copy-${b.id}`} aria-labelledby={`su-copy-${b.id} su-snippet-${b.id}`}
            onClick={() => void copyText(b.text).then((ok) => setStatus(ok ? `${strings.copied} (${b.title})` : strings.copyFailed))}>
            {strings.copy}
          </button>
        </div>
      ))}
      <p role="status" class="su-status">{status}</p>
      {snippets && (
        <div class="su-snippet">
          <button type="button" class="su-button" aria-describedby="su-download-hint"
            onClick={() => downloadFile({ name: SETTINGS_FILE, type: 'application/json', text: snippets.settingsJson })}>
            {strings.download}
          </button>
          <p class="su-hint" id="su-download-hint">{strings.downloadHint}</p>
        </div>
      )}
      <h3 class="su-subheading">{strings.notesHeading}</h3>
      <dl class="su-notes">
        {strings.notes.map((n) => (
          <div key={n.name}>
            <dt>{n.name}</dt>
            <dd>{n.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
