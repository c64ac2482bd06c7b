import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without types
import { STRICT_CSP, startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built dist/ served with a strict CSP on a loopback port. */
    baseUrl: string;
    /** The same dist/ on a second loopback port: a different origin, for postMessage tests. */
    otherUrl: string;
  }
}

/** Serves dist/ on two loopback origins for the whole browser run. */
export default async function setup(project: TestProject) {
  // The iframe example host page frames the quiz from the other loopback origin: its policy adds
  // exactly that origin as frame-src (what a real site with a CSP adds); every other page: STRICT_CSP.
  const urls: string[] = [];
  const csp = (path: string) =>
    path === '/examples/iframe.html' ? `${STRICT_CSP}; frame-src 'self' ${urls.join(' ')}` : STRICT_CSP;
  const main = await startServer({ root: 'dist', csp });
  const other = await startServer({ root: 'dist', csp });
  urls.push(main.url, other.url);
  project.provide('baseUrl', main.url);
  project.provide('otherUrl', other.url);
  return async () => {
    await main.close();
    await other.close();
  };
}
