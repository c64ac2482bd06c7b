import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { checkedQuestionnaires } from './vite-plugins.ts';

// The standalone page (index.html) as static files in dist/.
export default defineConfig({
  plugins: [checkedQuestionnaires(), preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
});
