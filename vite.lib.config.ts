import { defineConfig } from 'vite';

// The library entry for bundlers and Node: core only (no Preact, no DOM), as an ES module
// (index.js) and CommonJS (index.cjs, for `require('stages-quiz')`).
export default defineConfig({
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es', 'cjs'], fileName: (format) => (format === 'es' ? 'index.js' : 'index.cjs') },
  },
});
