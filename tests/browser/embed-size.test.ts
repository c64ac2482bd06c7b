import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Sizes of the built scripts (run `npm run build` first), gzip -9, 1 kB = 1024 bytes. Figures for
// every artefact, and the website script against issue 4's budget: `node scripts/bench-size.mjs`.
//
// Issue 4's budget: dist/stages-quiz.js, the website script (Preact, the styles, the validator and
// both built-in questionnaires in both languages), at most 24 kB gzip; goal under 16 kB. It is NOT
// met (39.6 kB; 48.3 kB before clinician mode moved out into dist/stages-quiz-clinician.js), and
// issue 4 stays open for it: `npm run bench` prints "budget 24 kB: over by X kB", and
// scripts/bench-size-parts.mjs where the bytes go.
const BUDGET = 24 * 1024;
// Until then, CEILING is a regression guard, not the budget: the size reached after the clinician
// split and the trims that followed (39.3 kB; 39.6 kB now), rounded up to the next whole kB. Lower
// it as the script shrinks; raising it needs a reason in the commit message. Issue 9 (a result
// that reflects the person's answers and that they can keep) took it from 39.6 to 44.1 kB: the
// built-ins' new texts (phrases, slip blocks, {higher} prompts; +1.0), their validation (+0.7),
// reflection and the plain-text result in core (+1.0), the new screens and keep actions (+0.8),
// the element's print-alone for self mode (+0.4), styles and words (+0.5). Issue 10 (the next
// step) took it to 53.2 kB: the step's screens, My plan and their styles and words (+4.6; one
// module behind a dynamic import that this IIFE build inlines, so issue 12 can load it on demand),
// the built-ins' step texts in both languages (+2.5), and the rest (+2.0: its validation, the
// offer on the result, the step's state in the widget, share-words).
const CEILING = 55 * 1024;
// Clinician mode (src/ui/clinician, the summary, FHIR and JSON exports, clinician.css) adds about
// 12 kB gzip to the clinic script. A smaller difference means the split has quietly collapsed
// (say, both scripts built from one entry) or clinician mode lost most of its code.
const CLINICIAN_AT_LEAST = 8 * 1024;
// Strings only clinician mode has (its start screen, Next client in both languages, its CSS class
// prefix, the FHIR export): none may be in the website script.
const CLINICIAN_ONLY = ['Start an intake', 'Next client', 'Siguiente cliente', 'sq-clin', 'QuestionnaireResponse'];

const read = (file: string) => readFileSync(file);
const gzip = (source: Buffer) => gzipSync(source, { level: 9 }).length;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

describe('sizes of the built scripts', () => {
  it(`dist/stages-quiz.js stays under its regression ceiling (${kB(CEILING)}; issue 4's budget ${kB(BUDGET)} is not yet met)`, () => {
    const size = gzip(read('dist/stages-quiz.js'));
    expect(size, `gzip ${kB(size)}`).toBeLessThanOrEqual(CEILING);
  });

  it('the website script carries no clinician mode', () => {
    const source = read('dist/stages-quiz.js').toString();
    for (const text of CLINICIAN_ONLY) expect(source, text).not.toContain(text);
    // It does carry the message that points a clinic to the other script.
    expect(source).toContain('stages-quiz-clinician.js');
  });

  it('dist/stages-quiz-clinician.js carries clinician mode, at least 8 kB gzip more than the website script', () => {
    const clinic = read('dist/stages-quiz-clinician.js');
    for (const text of CLINICIAN_ONLY) expect(clinic.toString(), text).toContain(text);
    const extra = gzip(clinic) - gzip(read('dist/stages-quiz.js'));
    expect(extra, `clinician mode adds ${kB(extra)}`).toBeGreaterThanOrEqual(CLINICIAN_AT_LEAST);
  });

  it('the iframe host helper stays tiny (at most 2 kB gzip) and carries no quiz', () => {
    const source = read('dist/stages-quiz-frame.js');
    expect(gzip(source)).toBeLessThanOrEqual(2048);
    expect(source.toString()).not.toContain('Precontemplation');
  });
});
