import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validQuestionnaire } from './parse-fixtures';

// The authors' command, run as a real process against the built library (npm test builds first).
const BIN = 'bin/stages-quiz.js';
let dir = '';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync('dist/lib/index.js')) throw new Error('dist/lib/index.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'stages-quiz-cli-'));
  const valid = validQuestionnaire();
  writeFileSync(join(dir, 'valid.json'), JSON.stringify(valid, null, 2));
  const broken = validQuestionnaire();
  broken.items[0].options[2].value = 'someday';
  delete broken.title.es;
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken, null, 2));
  writeFileSync(join(dir, 'bad.json'), '{\n  "id": "x",\n  "version": 1.0.0\n}\n');
  writeFileSync(join(dir, 'empty.json'), '');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('stages-quiz validate', { timeout: 60_000 }, () => {
  test('a valid file: one summary line, exit 0', () => {
    const file = join(dir, 'valid.json');
    const { code, stdout } = run('validate', file);
    expect(stdout).toBe(`${file}: ok: test-quiz 1.0.0; 6 items; locales en, es; stage by rules (4 rules), then 3 bands on 'readiness', then highest of 'ready', 'doing'\n`);
    expect(code).toBe(0);
  });

  test('a broken file: each problem as FILE:LINE:COLUMN: question N, path: message, exit 1', () => {
    const file = join(dir, 'broken.json');
    const { code, stdout } = run('validate', file);
    // Where the two places are in the file, found by reading its lines: the second
    // `"value": "someday"` (the duplicate, options[2] of the first item) and the `"title"` field.
    const lines = readFileSync(file, 'utf8').split('\n');
    const somedays = lines.flatMap((line, i) => (line.trim().startsWith('"value": "someday"') ? [i + 1] : []));
    const valueColumn = lines[somedays[1]! - 1]!.indexOf('"value"') + 1;
    const titleLine = lines.findIndex((line) => line.startsWith('  "title": {')) + 1;
    expect(stdout.trim().split('\n').sort()).toEqual([
      `${file}:${titleLine}:3: title.es: missing Spanish ('es') translation`,
      `${file}:${somedays[1]}:${valueColumn}: question 1, items[0].options[2].value: duplicate option value 'someday' (first used at items[0].options[1].value)`,
    ]);
    expect(code).toBe(1);
  });

  test('--json: the same problems as JSON for CI, with kind, question, line and column', () => {
    const file = join(dir, 'broken.json');
    const { code, stdout } = run('validate', '--json', file, join(dir, 'valid.json'));
    const report = JSON.parse(stdout) as { ok: boolean; files: { file: string; ok: boolean; summary?: string; problems: Record<string, unknown>[] }[] };
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok])).toEqual([
      [file, false],
      [join(dir, 'valid.json'), true],
    ]);
    expect(report.files[1]!.summary).toMatch(/^test-quiz 1\.0\.0; 6 items;/);
    const duplicate = report.files[0]!.problems.find((p) => p.path === 'items[0].options[2].value')!;
    expect(duplicate).toMatchObject({ kind: 'questionnaire', question: 1, message: "duplicate option value 'someday' (first used at items[0].options[1].value)" });
    expect(typeof duplicate.line).toBe('number');
    const title = report.files[0]!.problems.find((p) => p.path === 'title.es')!;
    expect(title).not.toHaveProperty('question');
    expect(title.column).toBe(3);
    expect(code).toBe(1);
  });

  test('a problem in the second question says "question 2"', () => {
    const q = validQuestionnaire();
    q.items[1].text.es = '';
    const file = join(dir, 'second.json');
    writeFileSync(file, JSON.stringify(q, null, 2));
    const { stdout } = run('validate', file);
    expect(stdout).toMatch(/: question 2, items\[1\]\.text\.es: /);
  });

  test('bad JSON: the character, its line and column, and what to do, exit 1', () => {
    const file = join(dir, 'bad.json');
    const { code, stdout } = run('validate', file);
    // "version": 1.0.0 on line 3: the second '.' (column 17) is where it stops being a number.
    expect(stdout).toBe(`${file}:3:17: not valid JSON: '.' at line 3, column 17 is not JSON: texts need double quotes ("..."), numbers are plain (2 or 1.5, not 1.0.0), and true, false and null are lower-case\n`);
    expect(code).toBe(1);
  });

  test.each([
    ['a trailing comma', '{\n  "id": "x",\n  "version": "1"\n  ,\n}\n', '4:3', "a comma before } at line 4, column 3: JSON allows no comma after the last field; delete that comma"],
    ['a trailing comma in a list', '{\n  "locales": ["en", "es",]\n}', '2:25', 'a comma before ] at line 2, column 25: JSON allows no comma after the last entry; delete that comma'],
    ['smart quotes', '{\n  "id": \u201cx\u201d\n}', '2:9', 'a curly opening quote \u201c at line 2, column 9: JSON needs straight double quotes ("); retype it as " (and turn off smart quotes in your editor)'],
    ['a line comment', '{\n  "id": "x", // mine\n}', '2:14', 'a comment at line 2, column 14: JSON has no comments; delete it'],
    ['a block comment', '/* mine */ {}', '1:1', 'a comment at line 1, column 1: JSON has no comments; delete it'],
    ['single quotes', "{\n\t'id': 'x'\n}", '2:2', "a single quote ' at line 2, column 2: JSON strings and names need straight double quotes (\"); use \" instead"],
  ])('bad JSON, %s: named with its place and the fix', (_name, text, place, message) => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, text);
    const { code, stdout } = run('validate', file);
    expect(stdout).toBe(`${file}:${place}: not valid JSON: ${message}\n`);
    expect(code).toBe(1);
  });

  test('an empty file and a missing file are reported, and the valid one still summarised', () => {
    const { code, stdout } = run('validate', join(dir, 'empty.json'), join(dir, 'missing.json'), join(dir, 'valid.json'));
    expect(stdout).toContain(`${join(dir, 'empty.json')}:1:1: not valid JSON: the file is empty`);
    expect(stdout).toContain(`${join(dir, 'missing.json')}: cannot read the file: no such file`);
    expect(stdout).toContain(`${join(dir, 'valid.json')}: ok: test-quiz 1.0.0`);
    expect(code).toBe(1);
  });

  test('no arguments: usage on stderr, exit 2', () => {
    const { code, stdout, stderr } = run();
    expect(stdout).toBe('');
    expect(stderr).toContain('stages-quiz: missing command');
    expect(stderr).toContain('Usage: stages-quiz validate [--json] FILE...');
    expect(code).toBe(2);
  });

  test('validate without files, or an unknown command: usage, exit 2', () => {
    expect(run('validate')).toMatchObject({ code: 2, stderr: expect.stringContaining('validate needs at least one FILE') });
    expect(run('check', 'x.json')).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'check'") });
  });

  test('- reads standard input', () => {
    const result = spawnSync(process.execPath, [BIN, 'validate', '-'], { input: '[]', encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout).toBe('-:1:1: (root): expected a questionnaire object, got an array\n');
    expect(result.status).toBe(1);
  });

  test('--help: usage on stdout, exit 0', () => {
    const { code, stdout } = run('--help');
    expect(stdout).toContain('Usage: stages-quiz validate [--json] FILE...');
    expect(code).toBe(0);
  });

  test.each(['quick', 'intake', 'urica-template'].filter((name) => existsSync(`questionnaire/${name}.json`)))(
    'the built-in %s.json is valid',
    (name) => {
      const { code, stdout } = run('validate', `questionnaire/${name}.json`);
      expect(stdout).toMatch(new RegExp(`^questionnaire/${name}\\.json: ok: ${name} `));
      expect(code).toBe(0);
    },
  );
});
