// `npm run build`: every artefact in dist/, one Vite build after another.
//   dist/index.html + assets   the standalone page (vite.config.ts)
//   dist/lib/index.js + .d.ts   the side-effect-free library entry (vite.lib.config.ts + tsc)
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
console.log('built dist/');
