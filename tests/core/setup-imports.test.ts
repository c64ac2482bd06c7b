// The setup page may import core, ui and embed; nothing outside src/setup may import it, so none of
// its code can reach the widget's scripts or the standalone and frame pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('setup page isolation', () => {
  it('no file outside src/setup imports from it', () => {
    const importing = sources('src')
      .filter((f) => !f.startsWith(join('src', 'setup')))
      .filter((f) => /from\s+['"][^'"]*\/setup\//.test(readFileSync(f, 'utf8')) || /import\(['"][^'"]*\/setup\//.test(readFileSync(f, 'utf8')));
    expect(importing).toEqual([]);
  });

  it('the setup page has a build of its own, not an input of the standalone page or the embed builds', () => {
    expect(readFileSync('vite.config.ts', 'utf8')).not.toContain('setup');
    expect(readFileSync('vite.embed.config.ts', 'utf8')).not.toContain('setup');
    expect(readFileSync('vite.setup.config.ts', 'utf8')).toContain("input: { setup: 'setup.html' }");
  });
});
