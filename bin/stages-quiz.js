#!/usr/bin/env node
// The questionnaire authors' command. `stages-quiz validate FILE...` checks questionnaire files
// with the same parseQuestionnaire the widget uses, so "valid here" means "loads in the widget".
// Exit codes: 0 all valid, 1 a problem in some file, 2 bad usage.
import { readFileSync } from 'node:fs';

const USAGE = `Usage: stages-quiz validate FILE...
       stages-quiz --help | --version

Checks questionnaire JSON files (- reads standard input). For each problem
prints "FILE: path: message"; for a valid file prints one summary line.
Exits 0 when every file is valid, 1 when any has a problem, 2 on bad usage.`;

const [command, ...args] = process.argv.slice(2);

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

let failed = false;
for (const file of args) {
  const lines = validateFile(file);
  for (const line of lines.problems) console.log(line);
  if (lines.summary) console.log(lines.summary);
  if (lines.problems.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);

/** Reads, parses and checks one file; returns the lines to print. */
function validateFile(file) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return { problems: [`${file}: cannot read the file: ${readError(error)}`] };
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [`${file}: not valid JSON: ${jsonError(error, text.replace(/^\uFEFF/, ''))}`] };
  }
  const result = parseQuestionnaire(json);
  if (!result.ok) return { problems: result.problems.map((p) => `${file}: ${p.path}: ${p.message}`) };
  return { problems: [], summary: `${file}: ok: ${summarize(result.questionnaire)}` };
}

function readError(error) {
  if (error?.code === 'ENOENT') return 'no such file';
  if (error?.code === 'EISDIR') return 'it is a directory';
  if (error?.code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** V8 says "at position N"; authors need a line and a column. */
function jsonError(error, text) {
  const message = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(message);
  if (!match) return message.replace(/^Unexpected end of JSON input$/, 'the file ends too early (a missing } or ]?)');
  const position = Number(match[1]);
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
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
