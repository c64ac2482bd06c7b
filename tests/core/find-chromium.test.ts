// The browser finder behind `npm test`'s first step, on a fake filesystem and PATH: the machine's
// own Chromium is never touched.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { HOW_TO_GET_ONE, findChromium, planWithoutChromium } from '../../scripts/find-chromium.mjs';

type Found = { path: string; from: string } | { path: null; problem?: string };
const find = findChromium as (io: { env: Record<string, string | undefined>; isExecutable: (p: string) => boolean }) => Found;
const plan = planWithoutChromium as (m: { uid: number | undefined; osRelease: string | null; hasAptGet: boolean }) =>
  | { action: 'install' }
  | { action: 'stop'; message: string };

/** A fake filesystem: exactly these paths are executable files. */
const fs = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, even when Debian\'s is there too', () => {
    const found = find({ env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, isExecutable: fs('/opt/chrome/chrome', '/usr/bin/chromium') });
    expect(found).toEqual({ path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' });
  });

  it('reports a CHROMIUM_PATH that names nothing instead of passing over it', () => {
    const found = find({ env: { CHROMIUM_PATH: '/nowhere/chrome', PATH: '/usr/bin' }, isExecutable: fs('/usr/bin/chromium') });
    expect(found).toEqual({ path: null, problem: 'stages-quiz tests: CHROMIUM_PATH is /nowhere/chrome, which is not an executable file; fix it or unset it.' });
  });

  it("then Debian's /usr/bin/chromium, with an empty PATH", () => {
    expect(find({ env: { PATH: '' }, isExecutable: fs('/usr/bin/chromium') })).toEqual({ path: '/usr/bin/chromium', from: '/usr/bin/chromium' });
  });

  it('then chromium on PATH, in PATH order', () => {
    const found = find({ env: { PATH: '/home/me/bin:/snap/bin:/usr/local/bin' }, isExecutable: fs('/snap/bin/chromium', '/usr/local/bin/chromium') });
    expect(found).toEqual({ path: '/snap/bin/chromium', from: 'chromium on PATH' });
  });

  it('then google-chrome on PATH (chromium anywhere on PATH wins over it)', () => {
    expect(find({ env: { PATH: '/a:/b' }, isExecutable: fs('/a/google-chrome') })).toEqual({ path: '/a/google-chrome', from: 'google-chrome on PATH' });
    expect(find({ env: { PATH: '/a:/b' }, isExecutable: fs('/a/google-chrome', '/b/chromium') })).toEqual({ path: '/b/chromium', from: 'chromium on PATH' });
  });

  it('finds nothing on a machine without a browser: empty PATH, no /usr/bin/chromium', () => {
    expect(find({ env: { PATH: '' }, isExecutable: fs() })).toEqual({ path: null });
    expect(find({ env: {}, isExecutable: fs('/usr/bin/chromium-browser', '/opt/other') })).toEqual({ path: null });
  });
});

describe('planWithoutChromium', () => {
  it('installs with apt as root on Debian, Ubuntu and their kin', () => {
    for (const osRelease of [DEBIAN, UBUNTU, MINT]) expect(plan({ uid: 0, osRelease, hasAptGet: true })).toEqual({ action: 'install' });
  });

  it('stops with the one line otherwise: not root, no apt-get, another system, no os-release', () => {
    const stop = { action: 'stop', message: HOW_TO_GET_ONE };
    expect(plan({ uid: 1000, osRelease: DEBIAN, hasAptGet: true })).toEqual(stop);
    expect(plan({ uid: 0, osRelease: DEBIAN, hasAptGet: false })).toEqual(stop);
    expect(plan({ uid: 0, osRelease: FEDORA, hasAptGet: true })).toEqual(stop);
    expect(plan({ uid: undefined, osRelease: null, hasAptGet: false })).toEqual(stop);
    expect(HOW_TO_GET_ONE).not.toContain('\n');
    expect(HOW_TO_GET_ONE).toContain('CHROMIUM_PATH');
  });
});

describe('scripts/ensure-chromium.mjs (the step before npm test)', () => {
  it('stops within a second, one line on stderr, when CHROMIUM_PATH names nothing', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
      env: { PATH: process.env.PATH, CHROMIUM_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('stages-quiz tests: CHROMIUM_PATH is /nowhere/chromium, which is not an executable file; fix it or unset it.\n');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('names the browser it found', () => {
    const result = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
      env: { PATH: '', CHROMIUM_PATH: process.execPath },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.stdout).toBe(`stages-quiz tests: Chromium at ${process.execPath} (CHROMIUM_PATH)\n`);
    expect(result.status).toBe(0);
  });
});
