import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The budget from issue 4: the one-file script, with Preact, the styles and both built-in
// questionnaires in both languages, at most 24 kB gzip (goal: under 16 kB). Figures for every
// artefact: `node scripts/bench-size.mjs`.
const BUDGET = 24 * 1024;

describe('size budget', () => {
  it('dist/stages-quiz.js is at most 24 kB gzip', () => {
    const gzip = gzipSync(readFileSync('dist/stages-quiz.js'), { level: 9 }).length;
    expect(gzip, `gzip ${(gzip / 1024).toFixed(1)} kB`).toBeLessThanOrEqual(BUDGET);
  });

  it('the iframe host helper stays tiny (at most 2 kB gzip) and carries no quiz', () => {
    const source = readFileSync('dist/stages-quiz-frame.js');
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(source.toString()).not.toContain('Precontemplation');
  });
});
