import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { checkedQuestionnaires } from './vite-plugins.ts';

// Three projects, one per kind of test: pure core logic in Node, components in happy-dom,
// and real-browser tests (Debian's Chromium via playwright-core) against the built dist/.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [checkedQuestionnaires()],
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
      },
      {
        plugins: [checkedQuestionnaires(), preact()],
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
