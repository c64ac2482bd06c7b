import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// The embed artefacts, one Vite build per mode (scripts/build.mjs runs each):
//   script            dist/stages-quiz.js            website script (IIFE): Preact, styles, built-ins; no clinician mode
//   script-clinician  dist/stages-quiz-clinician.js  the same plus clinician mode, for clinics
//   element           dist/element/stages-quiz.mjs   ES modules for bundlers, defining <stages-quiz> on import: the website
//                     dist/element/stages-quiz-clinician.mjs   element, and the same with clinician mode (shared code in chunks/)
//   frame-helper      dist/stages-quiz-frame.js      the host page's helper for iframe embeds (IIFE)
//   frame             dist/frame.html + assets       the iframe page (clinician mode included)
/**
 * The website script has no clinician mode, so it never shows the built-ins' `flags` (the
 * clinician summary's): they are left out of its copy of the questionnaires, to keep its size.
 */
function withoutBuiltinFlags(): Plugin {
  return {
    name: 'stages-quiz:without-builtin-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]questionnaire[\\/][^\\/]+\.json$/.test(id)) return null;
      const { flags: _flags, ...rest } = JSON.parse(code) as Record<string, unknown>;
      return { code: JSON.stringify(rest), map: null };
    },
  };
}

const builds: Record<string, UserConfig> = {
  script: {
    plugins: [withoutBuiltinFlags()],
    // …and it checks a host's questionnaire's flags only for being a list (it never shows them).
    resolve: { alias: [{ find: /^\.\/flags\/validate-flags$/, replacement: fileURLToPath(new URL('./src/core/flags/validate-flags-website.ts', import.meta.url)) }] },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'src/embed/script-entry.ts', formats: ['iife'], name: 'StagesQuiz', fileName: () => 'stages-quiz.js' },
    },
  },
  'script-clinician': {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: 'src/embed/script-clinician-entry.ts',
        formats: ['iife'],
        name: 'StagesQuizClinician',
        fileName: () => 'stages-quiz-clinician.js',
      },
    },
  },
  element: {
    build: {
      outDir: 'dist/element',
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: { 'stages-quiz': 'src/embed/element-entry.ts', 'stages-quiz-clinician': 'src/embed/element-clinician-entry.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rollupOptions: {
        // The bundler brings Preact (a dependency of the package), so an app using Preact has one copy.
        external: [/^preact(\/|$)/],
        // What both entries share (the element, the widget, the core) is one chunk beside them.
        output: { chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  },
  'frame-helper': {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'src/embed/frame-host-entry.ts', formats: ['iife'], name: 'StagesQuizFrame', fileName: () => 'stages-quiz-frame.js' },
    },
  },
  frame: {
    root: 'embed',
    base: './',
    build: {
      outDir: '../dist',
      emptyOutDir: false,
      rollupOptions: { input: { frame: fileURLToPath(new URL('./embed/frame.html', import.meta.url)) } },
    },
  },
};

export default defineConfig(({ mode }) => {
  const config = builds[mode];
  if (!config) throw new Error(`vite.embed.config.ts: unknown mode "${mode}" (one of ${Object.keys(builds).join(', ')})`);
  return { ...config, plugins: [preact(), ...(config.plugins ?? [])] };
});
