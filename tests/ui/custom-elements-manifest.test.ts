// custom-elements.json and VS Code's custom data, computed from the sources as the build computes
// them, checked against the element itself: its observed attributes, the parts a rendered quiz
// shows, and a description for every name (src/embed/element-docs.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StagesQuizElement } from '../../src/embed/stages-quiz-element';
import { defineStagesQuiz } from '../../src/embed/define-element';
import { SETTING_NAMES } from '../../src/embed/parse-settings';
import * as docs from '../../src/embed/element-docs';
// @ts-expect-error: plain ESM script without types
import { ELEMENT_CSS, buildManifest, scanCssProperties, scanParts, toVsCodeData } from '../../scripts/custom-elements.mjs';

interface Declaration {
  tagName: string;
  attributes: { name: string; description: string; type: { text: string } }[];
  members: { name: string; description: string }[];
  events: { name: string; description: string }[];
  cssParts: { name: string; description: string }[];
  cssProperties: { name: string; description: string; default: string }[];
}

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });

const parts = scanParts(sources('src')) as string[];
const cssProperties = scanCssProperties(ELEMENT_CSS.map((path: string) => readFileSync(path, 'utf8'))) as string[];
const { manifest, problems, valueLists } = buildManifest({ settingNames: [...SETTING_NAMES], parts, cssProperties, docs });
const element = manifest.modules[0].declarations[0] as Declaration;

describe('custom-elements.json', () => {
  it('every attribute, part and custom property found in the sources has a description (src/embed/element-docs.ts)', () => {
    expect(problems).toEqual([]);
    for (const entry of [...element.attributes, ...element.members, ...element.events, ...element.cssParts, ...element.cssProperties]) {
      expect(entry.description.length, entry.name).toBeGreaterThan(8);
    }
  });

  it("lists exactly the element's observed attributes", () => {
    expect(element.attributes.map((a) => a.name).sort()).toEqual([...StagesQuizElement.observedAttributes].sort());
    expect(element.tagName).toBe('stages-quiz');
  });

  it('lists the property, the four events, and the parts and custom properties known by hand', () => {
    expect(element.members.map((m) => m.name)).toEqual(['questionnaire']);
    expect(element.events.map((e) => e.name)).toEqual(['stages-quiz:start', 'stages-quiz:complete', 'stages-quiz:words', 'stages-quiz:error']);
    for (const part of ['root', 'error', 'intro', 'question', 'result', 'option', 'button', 'start', 'next', 'back', 'cta-link', 'crisis', 'clinician-summary', 'idle-warning']) {
      expect(element.cssParts.map((p) => p.name)).toContain(part);
    }
    for (const name of ['--sq-accent', '--sq-accent-contrast', '--sq-font', '--sq-heading-font', '--sq-radius', '--sq-button-radius', '--sq-bg', '--sq-surface', '--sq-text', '--sq-muted', '--sq-max-width', '--sq-clin-max-width']) {
      expect(element.cssProperties.map((p) => p.name)).toContain(name);
    }
  });

  it('every part a rendered quiz shows (intro, then a question) is in the manifest', async () => {
    defineStagesQuiz('sq-manifest');
    const el = document.createElement('sq-manifest');
    el.setAttribute('cta-href', 'https://example.org/book');
    document.body.append(el);
    const seen = new Set<string>();
    const collect = () => el.shadowRoot!.querySelectorAll('[part]').forEach((node) => node.getAttribute('part')!.split(/\s+/).forEach((p) => seen.add(p)));
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="start"]')).not.toBeNull());
    collect();
    (el.shadowRoot!.querySelector('[part~="start"]') as HTMLButtonElement).click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="question"]')).not.toBeNull());
    collect();
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((p) => !element.cssParts.some((c) => c.name === p))).toEqual([]);
    el.remove();
  });
});

describe("VS Code's HTML custom data", () => {
  it('has the tag with every attribute, and the value lists for lang and mode', () => {
    const data = toVsCodeData(manifest, valueLists) as { version: number; tags: { name: string; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] }[] };
    expect(data.version).toBe(1.1);
    expect(data.tags.map((t) => t.name)).toEqual(['stages-quiz']);
    const attributes = data.tags[0]!.attributes;
    expect(attributes.map((a) => a.name)).toEqual(element.attributes.map((a) => a.name));
    expect(attributes.find((a) => a.name === 'lang')!.values).toEqual([{ name: 'en' }, { name: 'es' }]);
    expect(attributes.find((a) => a.name === 'mode')!.values).toEqual([{ name: 'self' }, { name: 'clinician' }]);
    expect(attributes.find((a) => a.name === 'persist')!.valueSet).toBe('v');
  });
});
