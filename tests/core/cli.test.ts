import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  test('a broken file: each problem as FILE: path: message, exit 1', () => {
    const file = join(dir, 'broken.json');
    const { code, stdout } = run('validate', file);
    expect(stdout.trim().split('\n').sort()).toEqual([
      `${file}: items[0].options[2].value: duplicate option value 'someday' (first used at items[0].options[1].value)`,
      `${file}: title.es: missing Spanish ('es') translation`,
    ]);
    expect(code).toBe(1);
  });

  test('bad JSON: a clear message with line and column, exit 1', () => {
    const file = join(dir, 'bad.json');
    const { code, stdout } = run('validate', file);
    expect(stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON: .* at line 3, column 17\\n$`));
    expect(code).toBe(1);
  });

  test('an empty file and a missing file are reported, and the valid one still summarised', () => {
    const { code, stdout } = run('validate', join(dir, 'empty.json'), join(dir, 'missing.json'), join(dir, 'valid.json'));
    expect(stdout).toContain(`${join(dir, 'empty.json')}: not valid JSON: the file ends too early`);
    expect(stdout).toContain(`${join(dir, 'missing.json')}: cannot read the file: no such file`);
    expect(stdout).toContain(`${join(dir, 'valid.json')}: ok: test-quiz 1.0.0`);
    expect(code).toBe(1);
  });

  test('no arguments: usage on stderr, exit 2', () => {
    const { code, stdout, stderr } = run();
    expect(stdout).toBe('');
    expect(stderr).toContain('stages-quiz: missing command');
    expect(stderr).toContain('Usage: stages-quiz validate FILE...');
    expect(code).toBe(2);
  });

  test('validate without files, or an unknown command: usage, exit 2', () => {
    expect(run('validate')).toMatchObject({ code: 2, stderr: expect.stringContaining('validate needs at least one FILE') });
    expect(run('check', 'x.json')).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'check'") });
  });

  test('- reads standard input', () => {
    const result = spawnSync(process.execPath, [BIN, 'validate', '-'], { input: '[]', encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout).toBe('-: (root): expected a questionnaire object, got an array\n');
    expect(result.status).toBe(1);
  });

  test('--help: usage on stdout, exit 0', () => {
    const { code, stdout } = run('--help');
    expect(stdout).toContain('Usage: stages-quiz validate FILE...');
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
