import { describe, expect, it } from 'vitest';
import { readFrameMessage } from '../../src/embed/frame-messages';

describe('readFrameMessage: only well-formed, current-version messages pass', () => {
  it.each([
    [{ type: 'stages-quiz:height', v: 1, height: 640 }, true],
    [{ type: 'stages-quiz:height', v: 1, height: 0 }, true],
    [{ type: 'stages-quiz:start', v: 1, questionnaire: { id: 'quick', version: '1.0.0' } }, true],
    [{ type: 'stages-quiz:complete', v: 1, completion: { stage: 'action' } }, true],
    [{ type: 'stages-quiz:error', v: 1, problems: [] }, true],
    [{ type: 'stages-quiz:words', v: 1, words: { stage: 'action' } }, true],
    [{ type: 'stages-quiz:words', v: 1 }, false],
    [{ type: 'stages-quiz:words', v: 1, words: 'my words' }, false],
    [{ type: 'stages-quiz:height', v: 2, height: 640 }, false],
    [{ type: 'stages-quiz:height', height: 640 }, false],
    [{ type: 'stages-quiz:height', v: 1, height: -1 }, false],
    [{ type: 'stages-quiz:height', v: 1, height: Infinity }, false],
    [{ type: 'stages-quiz:height', v: 1, height: '640' }, false],
    [{ type: 'stages-quiz:complete', v: 1 }, false],
    [{ type: 'stages-quiz:error', v: 1, problems: 'x' }, false],
    [{ type: 'something-else', v: 1 }, false],
    ['stages-quiz:height', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (data, ok) => {
    expect(readFrameMessage(data) !== null).toBe(ok);
  });
});
