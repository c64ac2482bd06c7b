import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { checkedQuestionnaires } from './vite-plugins.ts';

// The standalone page (index.html) as static files in dist/. Relative asset URLs (base './'), so
// the page works from any folder of any host (https://example.org/quiz/, /a/b/, ...).
export default defineConfig({
  base: './',
  plugins: [checkedQuestionnaires(), preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
});
