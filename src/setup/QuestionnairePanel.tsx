import { useRef } from 'preact/hooks';
import { ALL_BUILTINS } from '../embed/builtins-all';
import { goToOffset, JsonEditor } from './JsonEditor';
import type { TextCheck } from './locate-problems';
import type { SetupStrings } from './setup-strings';

/** Which questionnaire: a built-in id, or `own` (the author's JSON). */
export type SourceChoice = string;

export interface QuestionnairePanelProps {
  readonly choice: SourceChoice;
  readonly text: string;
  readonly fileUrl: string;
  readonly fileUrlProblem?: string;
  /** The last check of `text` (null before any text). */
  readonly check: TextCheck | null;
  readonly strings: SetupStrings;
  readonly onChoice: (choice: SourceChoice) => void;
  readonly onText: (text: string) => void;
  readonly onFileUrl: (url: string) => void;
}

/** Built-in or own questionnaire; for their own, the text, its problems (each one a jump to its place) or a pass. */
export function QuestionnairePanel(props: QuestionnairePanelProps) {
  const { strings, check } = props;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(props.onText);
  };
  return (
    <fieldset class="su-fieldset">
      <legend>{strings.questionnaireHeading}</legend>
      {[...ALL_BUILTINS.keys(), 'own'].map((id) => (
        <div class="su-check" key={id}>
          <input type="radio" name="su-source" id={`su-source-${id}`} value={id} checked={props.choice === id} onChange={() => props.onChoice(id)} />
          <label for={`su-source-${id}`}>{id === 'own' ? strings.own : strings.builtin(id)}</label>
        </div>
      ))}
      {props.choice === 'own' && (
        <div class="su-own">
          <div class="su-field">
            <label for="su-own-url">{strings.ownFileUrl}</label>
            <input id="su-own-url" type="text" inputMode="url" value={props.fileUrl} aria-describedby={`su-own-url-hint${props.fileUrlProblem ? ' su-own-url-problem' : ''}`}
              aria-invalid={props.fileUrlProblem ? true : undefined} onInput={(e) => props.onFileUrl(e.currentTarget.value)} />
            <p class="su-hint" id="su-own-url-hint">{strings.ownFileUrlHint}</p>
            {props.fileUrlProblem && <p class="su-problem" id="su-own-url-problem">{props.fileUrlProblem}</p>}
          </div>
          <p class="su-hint" id="su-own-hint">{strings.dropHint}</p>
          <div class="su-field">
            <label for="su-own-file">{strings.pickFile}</label>
            <input id="su-own-file" type="file" accept=".json,application/json" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
          </div>
          <JsonEditor id="su-own-text" label={strings.pasteLabel} hintId="su-own-hint" value={props.text} textareaRef={textarea}
            onInput={props.onText} onDropFile={readFile} />
          <div role="status" class="su-check-result">
            {check?.ok === true && <p class="su-pass">{strings.passes}</p>}
            {check?.ok === false && <h3 class="su-subheading">{strings.problemsHeading(check.problems.length)}</h3>}
          </div>
          {check?.ok === false && (
            <ol class="su-problems">
              {check.problems.map((p, n) => (
                <li key={n}>
                  <button type="button" class="su-link-button" onClick={() => textarea.current && goToOffset(textarea.current, p.offset, p.length, p.line)}>
                    {strings.problemAt(p.line, p.column, p.question)}
                  </button>
                  <span class="su-problem-text">
                    {' '}
                    <code>{p.path}</code>: {p.message}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </fieldset>
  );
}
