// The host side of the iframe embed: resizes every <iframe data-stages-quiz> to its content and
// re-fires the quiz's events on the iframe element. A message counts only when it comes from that
// iframe's own window AND the iframe's own origin.
import { fireQuizEvent } from './stages-quiz-events';
import { readFrameMessage } from './frame-messages';

/** The embedded quiz frame whose window sent `source`, if any. */
function frameFor(source: MessageEventSource | null): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-stages-quiz]')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}

function frameOrigin(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
}

/** Handles one `message` event on the host window; anything not from a quiz frame is ignored. */
export function handleFrameMessage(event: MessageEvent): void {
  const frame = frameFor(event.source);
  if (!frame || event.origin !== frameOrigin(frame)) return;
  const message = readFrameMessage(event.data);
  if (!message) return;
  switch (message.type) {
    case 'stages-quiz:height':
      // CSSOM, not a style attribute: allowed under a strict CSP. Capped against a runaway frame.
      frame.style.height = `${Math.min(Math.ceil(message.height), 20000)}px`;
      break;
    case 'stages-quiz:start':
      fireQuizEvent(frame, 'stages-quiz:start', { questionnaire: message.questionnaire });
      break;
    case 'stages-quiz:complete':
      fireQuizEvent(frame, 'stages-quiz:complete', message.completion);
      break;
    case 'stages-quiz:error':
      fireQuizEvent(frame, 'stages-quiz:error', { problems: message.problems });
      break;
    case 'stages-quiz:words':
      fireQuizEvent(frame, 'stages-quiz:words', message.words);
      break;
  }
}

/** Starts listening (once per page, however often the helper is loaded). */
export function listenForQuizFrames(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__stagesQuizFrameHelper) return;
  w.__stagesQuizFrameHelper = true;
  window.addEventListener('message', (event) => {
    try {
      handleFrameMessage(event);
    } catch (error) {
      console.error('stages-quiz: frame message ignored', error);
    }
  });
}
