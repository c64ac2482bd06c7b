// The core (src/core/**) stays pure: no Preact, nothing from the UI or embed layers, no DOM, no
// network, no storage, no clock, no randomness. Checked on the source text, comments and string
// literals left out (a message may say "window" without touching one).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve('src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code with comments and the contents of string literals blanked out; import specifiers kept apart. */
function split(source: string): { code: string; specifiers: string[] } {
  let code = '';
  const specifiers: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      code += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      const text = source.slice(i + 1, j);
      // A string right after `from`, `import` or `import(` is a module specifier.
      if (/(\bfrom|\bimport\s*\(?|\brequire\s*\()\s*$/.test(code)) specifiers.push(text);
      code += '""';
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  return { code, specifiers };
}

const FORBIDDEN_CODE: [RegExp, string][] = [
  [/\bdocument\b/, 'document'],
  [/\bwindow\b/, 'window'],
  [/\bfetch\b/, 'fetch'],
  [/\blocalStorage\b/, 'localStorage'],
  [/\bsessionStorage\b/, 'sessionStorage'],
  [/\bDate\s*\.\s*now\b/, 'Date.now'],
  [/\bnew\s+Date\s*\(\s*\)/, 'new Date() (the clock)'],
  [/\bMath\s*\.\s*random\b/, 'Math.random'],
];

/** What a core source file must not do, as plain findings. */
function coreViolations(file: string, source: string): string[] {
  const { code, specifiers } = split(source);
  const found: string[] = [];
  for (const spec of specifiers) {
    if (/^@?preact(\/|$)/.test(spec)) found.push(`imports ${spec}`);
    if (spec.startsWith('.')) {
      const target = relative(resolve('src'), resolve(dirname(file), spec)).split(/[\\/]/)[0];
      if (target === 'ui' || target === 'embed') found.push(`imports ${spec} (the ${target} layer)`);
    }
  }
  for (const [pattern, name] of FORBIDDEN_CODE) if (pattern.test(code)) found.push(`uses ${name}`);
  return found;
}

describe('the core is free of Preact, the UI and embed layers, the DOM, storage, the clock and randomness', () => {
  const files = sourceFiles(CORE);

  it('finds the core sources', () => {
    expect(files.map((f) => relative(CORE, f))).toEqual(expect.arrayContaining(['score.ts', 'types.ts']));
  });

  it.each(files.map((f) => [relative(process.cwd(), f), f]))('%s', (_name, file) => {
    expect(coreViolations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('the checker itself catches what it should, one per row', () => {
  const file = join(CORE, 'example.ts');
  it.each([
    ["import { h } from 'preact';", 'imports preact'],
    ["import { useState } from 'preact/hooks';", 'imports preact/hooks'],
    ["import type { X } from '@preact/signals';", 'imports @preact/signals'],
    ["import { QuizWidget } from '../ui/QuizWidget';", 'imports ../ui/QuizWidget (the ui layer)'],
    ["export * from '../embed/element';", 'imports ../embed/element (the embed layer)'],
    ["const m = await import('../ui/x');", 'imports ../ui/x (the ui layer)'],
    ['const el = document.createElement("div");', 'uses document'],
    ['const w = window.innerWidth;', 'uses window'],
    ['await fetch(url);', 'uses fetch'],
    ['localStorage.setItem("k", "v");', 'uses localStorage'],
    ['sessionStorage.clear();', 'uses sessionStorage'],
    ['const t = Date.now();', 'uses Date.now'],
    ['const t = new Date();', 'uses new Date() (the clock)'],
    ['const r = Math.random();', 'uses Math.random'],
  ])('%s', (source, finding) => {
    expect(coreViolations(file, source)).toEqual([finding]);
  });

  it.each([
    ["import { x } from './evaluate-condition';"],
    ['// a comment may mention window, document and Date.now()'],
    ["const message = 'a time window, a document, fetch it';"],
    ['const parsed = new Date(text);'],
    ["import { y } from '../core/types';"],
  ])('allows: %s', (source) => {
    expect(coreViolations(join(CORE, 'fhir', 'example.ts'), source)).toEqual([]);
  });
});
