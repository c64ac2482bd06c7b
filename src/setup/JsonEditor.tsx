import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';

export interface JsonEditorProps {
  readonly id: string;
  readonly label: string;
  readonly hintId?: string;
  readonly value: string;
  readonly textareaRef: Ref<HTMLTextAreaElement>;
  readonly onInput: (text: string) => void;
  /** A file dropped on the text: its contents replace it (read here, never uploaded). */
  readonly onDropFile: (file: File) => void;
}

/**
 * A plain `<textarea>` with line numbers beside it (a gutter that scrolls with it). Plain on
 * purpose: native keyboard, selection and screen-reader support, no dependency, nothing that
 * needs a looser CSP.
 */
export function JsonEditor(props: JsonEditorProps) {
  const gutter = useRef<HTMLDivElement>(null);
  const lines = Math.max(1, props.value.split('\n').length);
  return (
    <div class="su-editor">
      <label for={props.id}>{props.label}</label>
      <div class="su-editor-box">
        <div class="su-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, n) => (
            <span key={n}>{n + 1}</span>
          ))}
        </div>
        <textarea
          id={props.id}
          ref={props.textareaRef}
          class="su-code"
          rows={14}
          wrap="off"
          spellcheck={false}
          autocomplete="off"
          aria-describedby={props.hintId}
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            const file = e.dataTransfer?.files[0];
            if (!file) return;
            e.preventDefault();
            props.onDropFile(file);
          }}
        />
      </div>
    </div>
  );
}

/** Puts the cursor on `offset` (selecting `length` characters) and scrolls its line into view. */
export function goToOffset(textarea: HTMLTextAreaElement, offset: number, length: number, line: number): void {
  textarea.focus();
  textarea.setSelectionRange(offset, offset + Math.max(0, length));
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}
