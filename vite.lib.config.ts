import { defineConfig } from 'vite';

// The library entry for bundlers and Node: core only (no Preact, no DOM), ES module.
export default defineConfig({
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
  },
});
