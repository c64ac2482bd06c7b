import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The standalone page (index.html) as static files in dist/. Relative asset URLs (base './'), so
// the page works from any folder of any host (https://example.org/quiz/, /a/b/, ...).
export default defineConfig({
  base: './',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
});
