import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The standalone page (index.html) as static files in dist/.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
});
