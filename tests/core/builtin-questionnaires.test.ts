import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STAGES, type Questionnaire } from '../../src/core/types';

/** The built-in questionnaires, read as the package ships them (raw JSON, not via a bundler). */
const NAMES = ['quick'] as const;

function load(name: string): Questionnaire {
  const path = fileURLToPath(new URL(`../../questionnaire/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
}

const builtins = NAMES.map((name) => [name, load(name)] as const);

/** Every `{en, es}` object in a value, with its JSON path. */
function localizedTexts(value: unknown, path = '$'): { path: string; text: Record<string, unknown> }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if ('en' in record || 'es' in record) return [{ path, text: record }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

describe.each(builtins)('built-in questionnaire %s: structure', (name, q) => {
  it('names its schema, id, url and locales', () => {
    expect(q.$schema).toBe('./questionnaire.schema.json');
    expect(q.id).toBe(name);
    expect(q.url).toBe(`https://stages-quiz.dev/questionnaire/${name}`);
    expect(q.locales).toEqual(['en', 'es']);
  });

  it('has guidance for all five stages, with 3–4 helps and 2–3 questions each', () => {
    expect(Object.keys(q.guidance).sort()).toEqual([...STAGES].sort());
    for (const stage of STAGES) {
      const g = q.guidance[stage];
      expect(g.helps.length, stage).toBeGreaterThanOrEqual(3);
      expect(g.helps.length, stage).toBeLessThanOrEqual(4);
      expect(g.questions.length, stage).toBeGreaterThanOrEqual(2);
      expect(g.questions.length, stage).toBeLessThanOrEqual(3);
    }
    // Slips are part of change: said where the person is acting on it.
    expect(q.guidance.action.slipNote).toBeDefined();
    expect(q.guidance.maintenance.slipNote).toBeDefined();
  });

  it('has every text in en and es, non-empty, and not identical between the two', () => {
    const texts = localizedTexts(q);
    expect(texts.length).toBeGreaterThan(20);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual(['en', 'es']);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `${path}.en`).toBe(true);
      expect(typeof text.es === 'string' && text.es.trim().length > 0, `${path}.es`).toBe(true);
      expect(text.es, path).not.toBe(text.en);
    }
  });

  it('has unique item ids', () => {
    const ids = q.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never asks "why not higher" in a ruler follow-up', () => {
    for (const item of q.items) {
      if (item.type !== 'ruler') continue;
      for (const f of item.followUps ?? []) {
        expect(f.text.en).not.toMatch(/not (a )?higher|why not \{?[0-9a-z]*\}? *\+|not more/i);
      }
    }
  });
});

describe('quick', () => {
  const q = load('quick');

  it('asks at most 6 questions and takes about a minute', () => {
    expect(q.items.length).toBeLessThanOrEqual(6);
    expect(q.estimatedMinutes).toBe(1);
  });

  it('decides the stage from one rule per staging answer', () => {
    const method = q.scoring.stage[0];
    expect(q.scoring.stage).toHaveLength(1);
    expect(method?.type).toBe('rules');
    const staging = q.items.find((item) => item.id === 'stage');
    expect(staging?.type).toBe('choice');
    expect(staging?.required).toBe(true);
  });
});
