import type { Problem, QuizCompletion, QuizWords } from '../core/types';

/** Version of the iframe message format; bumped on any incompatible change. */
export const FRAME_MESSAGE_VERSION = 1;

/**
 * Messages the iframe page posts to its host, always with an exact target origin (never '*').
 * Every message carries `type` and the format version `v`.
 */
export type FrameMessage =
  /** The frame's content height in CSS pixels, posted whenever it changes. */
  | { readonly type: 'stages-quiz:height'; readonly v: 1; readonly height: number }
  /** Only to the origin the host named in the `origin` parameter. */
  | { readonly type: 'stages-quiz:start'; readonly v: 1; readonly questionnaire: { readonly id: string; readonly version: string } }
  | { readonly type: 'stages-quiz:complete'; readonly v: 1; readonly completion: QuizCompletion }
  | { readonly type: 'stages-quiz:error'; readonly v: 1; readonly problems: readonly Problem[] }
  /** Typed words: only when the host opted in with `share-words` (and named its origin). */
  | { readonly type: 'stages-quiz:words'; readonly v: 1; readonly words: QuizWords };

/** Narrows untrusted `event.data` to a FrameMessage of a version this code understands. */
export function readFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.v !== FRAME_MESSAGE_VERSION || typeof m.type !== 'string') return null;
  switch (m.type) {
    case 'stages-quiz:height':
      return typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 ? (m as FrameMessage) : null;
    case 'stages-quiz:start':
      return typeof m.questionnaire === 'object' && m.questionnaire !== null ? (m as FrameMessage) : null;
    case 'stages-quiz:complete':
      return typeof m.completion === 'object' && m.completion !== null ? (m as FrameMessage) : null;
    case 'stages-quiz:error':
      return Array.isArray(m.problems) ? (m as FrameMessage) : null;
    case 'stages-quiz:words':
      return typeof m.words === 'object' && m.words !== null ? (m as FrameMessage) : null;
    default:
      return null;
  }
}
