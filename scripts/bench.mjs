// `npm run bench`: prints the figures we track. Each part is its own script so it can run alone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const parts = [
  'scripts/bench-score.mjs',
  'scripts/bench-parse.mjs',
  'scripts/bench-size.mjs',
  'scripts/bench-size-parts.mjs',
  'scripts/bench-load.mjs',
];
for (const part of parts) {
  if (!existsSync(part)) continue;
  console.log(`\n== ${part}`);
  execFileSync(process.execPath, [part], { stdio: 'inherit' });
}
