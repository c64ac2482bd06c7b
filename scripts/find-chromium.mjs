// Finding a Chromium for the browser tests, as pure functions of what they are given (the
// environment, a file check, the OS facts), so they are tested with a fake filesystem and PATH.
// Used by scripts/ensure-chromium.mjs (the step before `npm test`) and tests/browser/chromium.ts.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's own Chromium, where `apt-get install chromium` puts it. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Program names looked for on PATH, in this order. */
export const PATH_NAMES = ['chromium', 'google-chrome'];

/** What `npm test` prints when it cannot find or install a browser: one line, what to do. */
export const HOW_TO_GET_ONE =
  'stages-quiz tests: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, chromium or google-chrome on PATH); install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Finds a Chromium: CHROMIUM_PATH, then /usr/bin/chromium, then `chromium` or `google-chrome` on
 * PATH.
 * @param {{ env: Record<string, string | undefined>, isExecutable: (path: string) => boolean }} io
 * @returns {{ path: string, from: string } | { path: null, problem?: string }}
 *   `problem` when CHROMIUM_PATH is set but names no executable file (it is not silently passed over).
 */
export function findChromium({ env, isExecutable }) {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    return isExecutable(chosen)
      ? { path: chosen, from: 'CHROMIUM_PATH' }
      : { path: null, problem: `stages-quiz tests: CHROMIUM_PATH is ${chosen}, which is not an executable file; fix it or unset it.` };
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, from: DEBIAN_CHROMIUM };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, from: `${name} on PATH` };
    }
  }
  return { path: null };
}

/**
 * What to do when none was found: install Debian's chromium with apt (only as root on Debian or
 * Ubuntu with apt-get), or stop with one line saying how to get one.
 * @param {{ uid: number | undefined, osRelease: string | null, hasAptGet: boolean }} machine
 *   `osRelease` is the text of /etc/os-release (null when there is none).
 * @returns {{ action: 'install' } | { action: 'stop', message: string }}
 */
export function planWithoutChromium({ uid, osRelease, hasAptGet }) {
  const ids = osRelease ? [...osRelease.matchAll(/^(?:ID|ID_LIKE)="?([^"\n]*)"?$/gm)].flatMap((m) => m[1].split(/\s+/)) : [];
  const debianLike = ids.includes('debian') || ids.includes('ubuntu');
  if (uid === 0 && debianLike && hasAptGet) return { action: 'install' };
  return { action: 'stop', message: HOW_TO_GET_ONE };
}

/** The real filesystem's answer: a file (following links) that may be executed. */
export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** /etc/os-release, or null. */
export function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return null;
  }
}

/** The Chromium this machine has now (no installing): the path or null. */
export function chromiumOnThisMachine() {
  return findChromium({ env: process.env, isExecutable: isExecutableFile }).path;
}
