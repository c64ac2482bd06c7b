import { useState } from 'preact/hooks';
import { mailtoHref } from '../core/share/result-text';
import type { ResultStrings } from './result-strings';

export interface KeepActionsProps {
  /** The email subject and the share sheet's title. */
  readonly title: string;
  /** What Share, email and Copy hand over: plain text (see core/share/result-text). */
  readonly text: string;
  readonly strings: Pick<ResultStrings, 'keepHeading' | 'keepPrint' | 'keepShare' | 'keepCopy' | 'copied' | 'copyFailed' | 'shareFailed'>;
  /** Replaces the strings' heading ("Keep this for yourself"). */
  readonly heading?: string;
}

/**
 * Whether this document may open the share sheet: a frame may share only if its page allows it
 * (`allow="web-share"`); where it may not, the email link stands in. Where the policy does not
 * know the feature (no policy API, or a browser without Web Share of its own) the sheet is tried,
 * and a refusal is said (see share).
 */
function shareAllowed(): boolean {
  const policy = (document as Document & { featurePolicy?: { features(): string[]; allowsFeature(feature: string): boolean } }).featurePolicy;
  return !policy?.features().includes('web-share') || policy.allowsFeature('web-share');
}

/**
 * "Save or print", "Share or email" and "Copy": ways for the person to keep what is on screen.
 * The widget sends nothing itself; each is the person's own action. Share uses the device's share
 * sheet (Web Share API) where there is one, else a `mailto:` link with the text as the body (cut
 * to what mail clients accept). Printing prints the screen; the print stylesheet leaves out every
 * button. Reusable for anything with a title and a plain text (the result, a plan).
 */
export function KeepActions({ title, text, strings, heading }: KeepActionsProps) {
  // Which message, not its text: a switch of language turns it into the other language's.
  const [status, setStatus] = useState<'copied' | 'copyFailed' | 'shareFailed' | undefined>(undefined);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function' && shareAllowed();
  const share = () => {
    // A cancelled share sheet rejects with AbortError: the person's choice, not an error to show.
    navigator.share({ title, text }).catch((error: unknown) => {
      if ((error as Error | undefined)?.name !== 'AbortError') setStatus('shareFailed');
    });
  };
  const copy = () => {
    const done = (ok: boolean) => setStatus(ok ? 'copied' : 'copyFailed');
    try {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
    } catch {
      done(false);
    }
  };
  return (
    <div class="sq-keep" part="keep">
      <h3 class="sq-block-heading">{heading ?? strings.keepHeading}</h3>
      <div class="sq-keep-actions">
        <button type="button" class="sq-button sq-button-quiet" part="button keep-print" onClick={() => window.print()}>
          {strings.keepPrint}
        </button>
        {canShare ? (
          <button type="button" class="sq-button sq-button-quiet" part="button keep-share" onClick={share}>
            {strings.keepShare}
          </button>
        ) : (
          <a class="sq-button sq-button-quiet" part="button keep-share" href={mailtoHref(title, text)}>
            {strings.keepShare}
          </a>
        )}
        <button type="button" class="sq-button sq-button-quiet" part="button keep-copy" onClick={copy}>
          {strings.keepCopy}
        </button>
      </div>
      <p class="sq-keep-status" role="status">
        {status && strings[status]}
      </p>
    </div>
  );
}
