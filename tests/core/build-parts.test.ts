import { describe, expect, it } from 'vitest';
import { checkSharedKeys, ON_DEMAND_PARTS, SHARED_NAMES, sharedKey, unsharedImports } from '../../vite-plugins';

// The website script's on-demand parts take what they share (Preact, the part loader) from the
// script by name (vite-plugins.ts): two shared modules under one name would swap one for the other.
describe('on-demand parts: what they share from the script', () => {
  it('names a package or one of our modules by a key', () => {
    expect(sharedKey('preact/hooks')).toBe('preact_hooks');
    expect(sharedKey('src/embed/load-part.ts')).toBe('load_part');
  });

  it('passes for the parts this build has', () => {
    expect(() => checkSharedKeys(ON_DEMAND_PARTS)).not.toThrow();
  });

  it('refuses two shared modules under one key, naming both and the part', () => {
    const parts = [{ name: 'result', module: 'src/ui/ResultPhase.tsx', shares: ['preact', 'src/embed/load-part.ts', 'src/ui/load-part.ts'] }];
    expect(() => checkSharedKeys(parts)).toThrow(
      'vite-plugins.ts: the result part shares src/embed/load-part.ts and src/ui/load-part.ts under one name, load_part: rename one of the files',
    );
  });
});

// The script shares only the named exports of Preact that parts use (SHARED_NAMES), so that it
// need not carry the rest: a part that imports any other would find it undefined in the browser.
describe('on-demand parts: only the names the script shares', () => {
  const names = { preact: ['h', 'Fragment'], 'preact/hooks': ['useState'] };

  it('passes named imports the script shares, renamed or not, and types', () => {
    const code = [
      `import { h, Fragment as F } from 'preact';`,
      `import { useState } from "preact/hooks";`,
      `import type { Ref } from 'preact';`,
      `import { type ComponentChildren, h as hh } from 'preact';`,
      `import { something } from './elsewhere';`,
    ].join('\n');
    expect(unsharedImports(code, 'a.tsx', names)).toEqual([]);
  });

  it('names each import the script does not share, and namespace or default imports', () => {
    const code = [
      `import { h, createContext } from 'preact';`,
      `import { useState, useCallback as cb } from 'preact/hooks';`,
      `import * as P from 'preact';`,
      `import Preact from 'preact';`,
    ].join('\n');
    expect(unsharedImports(code, 'b.tsx', names)).toEqual([
      'b.tsx: imports createContext from preact',
      'b.tsx: imports useCallback from preact/hooks',
      'b.tsx: imports * from preact',
      'b.tsx: imports default from preact',
    ]);
  });

  it('shares the JSX runtime that the automatic transform imports', () => {
    expect(SHARED_NAMES['preact/jsx-runtime']).toEqual(expect.arrayContaining(['jsx', 'jsxs', 'Fragment']));
  });
});
