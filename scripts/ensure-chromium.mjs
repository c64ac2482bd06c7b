// `npm test`'s first step (npm runs "pretest" before "test"): make sure the browser tests have a
// Chromium. Found: say nothing more than where. Missing, as root on Debian/Ubuntu: install Debian's
// chromium with apt and say so. Otherwise: stop at once with one line saying how to get one.
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { findChromium, isExecutableFile, planWithoutChromium, readOsRelease } from './find-chromium.mjs';

const io = { env: process.env, isExecutable: isExecutableFile };
let found = findChromium(io);
if (found.path === null && found.problem) fail(found.problem);
if (found.path === null) {
  const hasAptGet = (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutableFile(join(dir, 'apt-get')));
  const plan = planWithoutChromium({ uid: process.getuid?.(), osRelease: readOsRelease(), hasAptGet });
  if (plan.action === 'stop') fail(plan.message);
  console.log('stages-quiz tests: no Chromium found; installing Debian\'s chromium with apt (about a minute, once)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    fail('stages-quiz tests: `apt-get install chromium` failed (see above); install a Chromium yourself or set CHROMIUM_PATH.');
  }
  found = findChromium(io);
  if (found.path === null) fail('stages-quiz tests: apt installed chromium but it is not at /usr/bin/chromium or on PATH; set CHROMIUM_PATH.');
  console.log(`stages-quiz tests: installed ${found.path}`);
} else {
  console.log(`stages-quiz tests: Chromium at ${found.path} (${found.from})`);
}

function fail(line) {
  console.error(line);
  process.exit(1);
}
