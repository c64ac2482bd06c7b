#!/usr/bin/env node
// The questionnaire authors' command. `stages-quiz validate FILE...` checks questionnaire files
// with the same parseQuestionnaire the widget uses, so "valid here" means "loads in the widget".
// Exit codes: 0 all valid, 1 a problem in some file, 2 bad usage.
import { readFileSync } from 'node:fs';
import { parseJsonText } from './parse-json-text.js';
import { positionsIn, questionNumber } from './problem-position.js';

const USAGE = `Usage: stages-quiz validate [--json] FILE...
       stages-quiz --help | --version

Checks questionnaire JSON files (- reads standard input). For each problem
prints "FILE:LINE:COLUMN: question N, path: message" (the question as a person
counts it, when the problem is in one); for a valid file, one summary line.
--json prints one JSON object instead: { ok, files: [{ file, ok, summary?,
problems: [{ kind, path, question?, line, column, message }] }] }.
Exits 0 when every file is valid, 1 when any has a problem, 2 on bad usage.`;

const [command, ...rest] = process.argv.slice(2);
const json = rest.includes('--json');
const args = rest.filter((a) => a !== '--json');

if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (command === '--version' || command === '-v') {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(pkg.version);
  process.exit(0);
}
if (command !== 'validate' || args.length === 0 || args.some((a) => a.startsWith('-') && a !== '-')) {
  const why =
    command === undefined
      ? 'missing command'
      : command !== 'validate'
        ? `unknown command '${command}'`
        : args.length === 0
          ? 'validate needs at least one FILE'
          : `unknown option '${args.find((a) => a.startsWith('-'))}'`;
  console.error(`stages-quiz: ${why}\n\n${USAGE}`);
  process.exit(2);
}

let parseQuestionnaire;
try {
  ({ parseQuestionnaire } = await import('../dist/lib/index.js'));
} catch {
  // Only a source checkout can lack dist/; the published package ships it.
}
if (typeof parseQuestionnaire !== 'function') {
  console.error('stages-quiz: the library is not built (dist/lib/index.js is missing or out of date); run `npm run build` first.');
  process.exit(2);
}

const reports = args.map(validateFile);
if (json) console.log(JSON.stringify({ ok: reports.every((r) => r.ok), files: reports }, null, 2));
else for (const report of reports) for (const line of textLines(report)) console.log(line);
process.exit(reports.every((r) => r.ok) ? 0 : 1);

/**
 * Reads, parses and checks one file.
 * @returns {{ file: string, ok: boolean, summary?: string, problems: { kind: 'read' | 'json' | 'questionnaire', path: string | null, question?: number, line: number | null, column: number | null, message: string }[] }}
 */
function validateFile(file) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return { file, ok: false, problems: [{ kind: 'read', path: null, line: null, column: null, message: `cannot read the file: ${readError(error)}` }] };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return { file, ok: false, problems: [{ kind: 'json', path: null, line: parsed.line, column: parsed.column, message: `not valid JSON: ${parsed.message}` }] };
  }
  const result = parseQuestionnaire(parsed.value);
  if (result.ok) return { file, ok: true, summary: summarize(result.questionnaire), problems: [] };
  const position = positionsIn(text);
  const problems = result.problems.map((p) => {
    const question = questionNumber(p.path);
    return { kind: 'questionnaire', path: p.path, ...(question ? { question } : {}), ...position(p.path), message: p.message };
  });
  return { file, ok: false, problems };
}

/** The human lines for one file: FILE:LINE:COLUMN: [question N, ]path: message, or FILE: ok: summary. */
function textLines(report) {
  if (report.ok) return [`${report.file}: ok: ${report.summary}`];
  return report.problems.map((p) => {
    const where = p.line === null ? report.file : `${report.file}:${p.line}:${p.column}`;
    const what = p.path === null ? '' : `${p.question ? `question ${p.question}, ` : ''}${p.path}: `;
    return `${where}: ${what}${p.message}`;
  });
}

function readError(error) {
  if (error?.code === 'ENOENT') return 'no such file';
  if (error?.code === 'EISDIR') return 'it is a directory';
  if (error?.code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** One line: id, version, items, locales, and how the stage is decided. */
function summarize(q) {
  const methods = q.scoring.stage.map((m) => {
    if (m.type === 'rules') return `rules (${m.rules.length === 1 ? '1 rule' : `${m.rules.length} rules`})`;
    if (m.type === 'bands') return `${m.bands.length} bands on '${m.source}'`;
    return `highest of ${m.scales.map((s) => `'${s.scale}'`).join(', ')}`;
  });
  const items = q.items.length === 1 ? '1 item' : `${q.items.length} items`;
  return `${q.id} ${q.version}; ${items}; locales ${q.locales.join(', ')}; stage by ${methods.join(', then ')}`;
}
