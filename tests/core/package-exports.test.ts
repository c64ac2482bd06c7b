// The built package (npm test runs `npm run build` first): `import { parseQuestionnaire, score }
// from 'stages-quiz'` works in plain Node through package.json "exports" (self-reference), the
// type declarations are there, and the library entry pulls in no Preact.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const JS = 'dist/lib/index.js';
const DTS = 'dist/lib/index.d.ts';

function read(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(path, 'utf8');
}

describe('the built package', () => {
  it('imports by its own name in Node and scores a built-in questionnaire', () => {
    read(JS);
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseQuestionnaire, score } from 'stages-quiz';
      const parsed = parseQuestionnaire(JSON.parse(readFileSync('questionnaire/quick.json', 'utf8')));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const result = score(parsed.questionnaire, { stage: 'within-30-days' });
      const bad = score(parsed.questionnaire, { stage: 42 });
      console.log(JSON.stringify({ status: result.status, stage: result.stage, decidedBy: result.decidedBy, bad: bad.status }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      status: 'complete',
      stage: 'preparation',
      decidedBy: { method: 'rules', methodIndex: 0, rule: 'planning-within-30-days' },
      bad: 'invalid',
    });
  });

  it.each(['score', 'parseQuestionnaire'])('dist/lib/index.d.ts declares %s', (name) => {
    const dts = read(DTS);
    // Either declared in place or re-exported from a declaration file that declares it.
    const declared = new RegExp(`export declare function ${name}\\(`).test(dts);
    const reexport = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from '([^']+)'`).exec(dts);
    if (declared) return;
    expect(reexport, `index.d.ts exports ${name}`).not.toBeNull();
    const target = read(`dist/lib/${reexport![1]!.replace(/^\.\//, '').replace(/\.js$/, '')}.d.ts`);
    expect(target).toMatch(new RegExp(`export declare function ${name}\\(`));
  });

  it('dist/lib/index.js imports no Preact', () => {
    const js = read(JS);
    expect(js).not.toMatch(/(from|import)\s*\(?\s*['"]@?preact/);
    expect(js).not.toMatch(/require\(\s*['"]@?preact/);
  });

  it('package.json points "exports" at the built entries and their types: ES module for import, CommonJS otherwise', () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; exports: Record<string, unknown> };
    expect(pkg.name).toBe('stages-quiz');
    expect(pkg.exports['.']).toEqual({
      import: { types: './dist/lib/index.d.ts', default: './dist/lib/index.js' },
      default: { types: './dist/lib/index.d.cts', default: './dist/lib/index.cjs' },
    });
    for (const file of ['dist/lib/index.d.ts', 'dist/lib/index.d.cts', 'dist/lib/index.cjs']) read(file);
  });
});
