import { describe, expect, it } from 'vitest';
import { checkSharedKeys, ON_DEMAND_PARTS, sharedKey } from '../../vite-plugins';

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
