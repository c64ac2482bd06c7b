import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

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
  const main = await startServer({ root: 'dist' });
  const other = await startServer({ root: 'dist' });
  project.provide('baseUrl', main.url);
  project.provide('otherUrl', other.url);
  return async () => {
    await main.close();
    await other.close();
  };
}
