// The package as its consumers meet it (npm test builds first): strict type tests for a plain app,
// Node's own resolution, React 19, Preact and Vue; arethetypeswrong on the packed tarball (from the
// lock file, offline); what `npm pack` ships; require() and a server-side import, as processes.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSC = 'node_modules/typescript/bin/tsc';
const ATTW = 'node_modules/@arethetypeswrong/cli/dist/index.js';
let dir = '';
let tarball = '';
let packed: string[] = [];

beforeAll(() => {
  if (!existsSync('dist/lib/index.cjs')) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'stages-quiz-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('type tests (tests/types/*, strict tsc, @ts-expect-error on each wrong use)', () => {
  it.each(['plain', 'nodenext', 'react', 'preact', 'vue', 'fhir'])('%s compiles', async (name) => {
    const result = await run(process.execPath, [TSC, '-p', `tests/types/${name}/tsconfig.json`]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(result.stdout).toBe('');
  }, 120_000);
});

describe('arethetypeswrong on the packed tarball', () => {
  it('finds no problem for node16 (= nodenext) and bundler, except that the ES-module-only entries are ESM from CommonJS', async () => {
    const result = await run(process.execPath, [ATTW, tarball, '--profile', 'node16', '--format', 'json']).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const { analysis } = JSON.parse(result.stdout) as { analysis: { problems: { kind: string; entrypoint: string; resolutionKind: string }[] } };
    const problems = analysis.problems.filter((p) => p.resolutionKind !== 'node10').map((p) => `${p.entrypoint} ${p.resolutionKind} ${p.kind}`);
    // The element and framework-typing entries are ES modules by design (an app's bundler imports
    // them); require() of them is "dynamic import only". Everything else must be clean.
    expect(problems.sort()).toEqual(
      ['./element', './element-clinician', './preact', './react', './vue'].map((entry) => `${entry} node16-cjs CJSResolvesToESM`),
    );
  }, 120_000);
});

describe('what npm pack ships', () => {
  it('has what a consumer needs', () => {
    for (const path of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'bin/stages-quiz.js',
      'dist/custom-elements.json',
      'dist/vscode.html-custom-data.json',
      'dist/lib/index.js',
      'dist/lib/index.cjs',
      'dist/lib/index.d.ts',
      'dist/lib/index.d.cts',
      'dist/element/stages-quiz.mjs',
      'dist/element/stages-quiz-clinician.mjs',
      'dist/element/types/src/embed/element-entry.d.ts',
      'dist/stages-quiz.js',
      'dist/stages-quiz-clinician.js',
      'dist/stages-quiz-frame.js',
      'dist/frame.html',
      'dist/index.html',
      'types/react.d.ts',
      'types/preact.d.ts',
      'types/vue.d.ts',
      'questionnaire/LICENSE',
      'questionnaire/quick.json',
      'questionnaire/intake.json',
      'questionnaire/questionnaire.schema.json',
    ]) {
      expect(packed, path).toContain(path);
    }
  });

  it('ships none of the tests, sources or the demos’ test scaffolding', () => {
    const unwanted = packed.filter((path) => /^(tests|src|scripts|embed|\.ci|test-results)\/|^dist\/examples\/|hostile|broken-questionnaire|host-log/.test(path));
    expect(unwanted).toEqual([]);
  });
});

describe('the built element metadata', () => {
  it('package.json "customElements" names the manifest, which lists <stages-quiz>', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { customElements: string };
    const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8')) as { schemaVersion: string; modules: { declarations: { tagName: string }[] }[] };
    expect(manifest.schemaVersion).toBe('2.1.0');
    expect(manifest.modules[0]!.declarations[0]!.tagName).toBe('stages-quiz');
  });
});

describe('Node and server rendering', () => {
  it("require('stages-quiz') scores a built-in questionnaire", () => {
    const script = `
      const { parseQuestionnaire, score } = require('stages-quiz');
      const parsed = parseQuestionnaire(require('./questionnaire/quick.json'));
      console.log(JSON.stringify(score(parsed.questionnaire, { stage: 'within-30-days' }).stage));
    `;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('"preparation"\n');
  });

  it.each(['stages-quiz/element', 'stages-quiz/element-clinician'])('importing %s without a DOM does nothing and throws nothing', (entry) => {
    const script = `
      const m = await import('${entry}');
      console.log(JSON.stringify({ exports: Object.keys(m).sort(), registry: typeof customElements, defined: typeof m.defineStagesQuiz() }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const exports = ['StagesQuizElement', 'defineStagesQuiz', ...(entry.endsWith('clinician') ? ['clinicianFeature'] : [])].sort();
    expect(JSON.parse(out)).toEqual({ exports, registry: 'undefined', defined: 'function' });
  });
});
