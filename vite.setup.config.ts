import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { checkedQuestionnaires } from './vite-plugins.ts';

// dist/setup.html, the practice's setup page: a build of its own, so none of its code (or a chunk
// shared with it) can end up in the standalone page or the widget's scripts. Relative asset URLs:
// the page works from whatever folder the quiz's files are hosted in.
export default defineConfig({
  // The built-ins come checked when built (`?checked`), as in every other build.
  plugins: [checkedQuestionnaires(), preact()],
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: { input: { setup: 'setup.html' } },
  },
});
