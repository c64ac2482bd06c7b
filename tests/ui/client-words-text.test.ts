// "Copy as text" on the clinician's summary: the client's words as a plain-text list for a note.
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/core/steps/build-plan';
import { clientWordsText } from '../../src/ui/clinician/ClientWords';
import { clientWordsStringsFor } from '../../src/ui/clinician/client-words-strings';

const plan = (lines: string[]): Plan => ({
  stage: 'action',
  title: 'Keeping it going',
  affirmation: '',
  sections: [{ id: 'helped', heading: 'What has helped you so far?', lines }],
});

describe("the client's words as text", () => {
  const w = clientWordsStringsFor('en');

  test('a line break the client typed stays inside its item, indented under it', () => {
    const text = clientWordsText(plan(['walks\nwith my sister', 'cooking at home']), w);
    expect(text.split('\n').slice(-4)).toEqual(['What has helped you so far?', '- walks', '  with my sister', '- cooking at home']);
  });

  test('bidirectional overrides and isolates typed or pasted in are left out, the words kept', () => {
    const text = clientWordsText(plan(['\u202Eslow down\u202C', 'ask \u2067Sam\u2069 for help']), w);
    expect(text.split('\n').slice(-2)).toEqual(['- slow down', '- ask Sam for help']);
  });
});
