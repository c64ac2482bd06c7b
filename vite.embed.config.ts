import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { checkedQuestionnaires, onDemandParts, ownKeysOnly, sharedNamesOnly, ON_DEMAND_PARTS, PARTS_GLOBAL, sharedId, sharedKey } from './vite-plugins.ts';

// The embed artefacts, one Vite build per mode (scripts/build.mjs runs each):
//   script            dist/stages-quiz.js            website script (IIFE): Preact, styles, `quick`; no clinician mode, no
//                     validator (loaded on demand from beside the script, see part-*), no `intake`
//   part-<name>       dist/stages-quiz-<name>.js     an on-demand part of the website script (vite-plugins.ts ON_DEMAND_PARTS)
//   script-clinician  dist/stages-quiz-clinician.js  the same plus clinician mode, for clinics
//   element           dist/element/stages-quiz.mjs   ES modules for bundlers, defining <stages-quiz> on import: the website
//                     dist/element/stages-quiz-clinician.mjs   element, and the same with clinician mode (shared code in chunks/)
//   frame-helper      dist/stages-quiz-frame.js      the host page's helper for iframe embeds (IIFE)
//   frame             dist/frame.html + assets       the iframe page (clinician mode included)
/**
 * A module in place of another, for one build: `swaps` maps a module of ours to its stand-in (paths
 * from the repository root). See SCRIPT_SWAPS and RESULT_PART_SWAPS.
 */
function swapModules(swaps: Readonly<Record<string, string>>): Plugin {
  const byFile = new Map(
    Object.entries(swaps).map(([from, to]) => [fileURLToPath(new URL(`./${from}`, import.meta.url)), fileURLToPath(new URL(`./${to}`, import.meta.url))]),
  );
  const names = [...byFile.keys()].map((file) => file.replace(/^.*\/|\.tsx?$/g, ''));
  return {
    name: 'stages-quiz:swap-modules',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || [...byFile.values()].includes(importer) || !names.some((name) => source.includes(name))) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return (resolved && byFile.get(resolved.id)) ?? null;
    },
  };
}

/**
 * For the website script only:
 * - builtins-script.ts for builtins-website.ts (`quick` without its result texts, which the
 *   `texts-<lang>` parts carry);
 * - scale-scoring-script.ts for core/scale-scoring.ts (a stand-in that the `validator` part fills
 *   in: only a host's questionnaire can have scales).
 */
const SCRIPT_SWAPS = {
  'src/embed/builtins-website.ts': 'src/embed/builtins-script.ts',
  'src/core/scale-scoring.ts': 'src/embed/scale-scoring-script.ts',
};

/**
 * For the website script's `result` part only: the words of the result and the next step come with
 * the person's language's part (loaded-words.ts), not both languages with the result part.
 */
const RESULT_PART_SWAPS = {
  'src/ui/result-strings.ts': 'src/embed/loaded-words.ts',
  'src/ui/steps/step-strings.ts': 'src/embed/loaded-words.ts',
};

// V8's explicit compile hint (Chromium 136+): compile every function of the website script while it
// streams in, off the main thread, instead of lazily on first call. Measured (scripts/bench-load.mjs,
// a Chromium trace): lazy compiling was about a third of the script's main-thread time before the
// first screen, all of it on the path to the first paint. Other engines see a comment.
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

const builds: Record<string, UserConfig> = {
  script: {
    plugins: [onDemandParts(), swapModules(SCRIPT_SWAPS)],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'src/embed/script-entry.ts', formats: ['iife'], name: 'StagesQuiz', fileName: () => 'stages-quiz.js' },
      rollupOptions: { output: { postBanner: COMPILE_ALL_ON_LOAD } },
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

// Each part: a classic script that puts its exports on StagesQuizParts.<name> and takes what it
// shares from StagesQuizParts.shared (load-part.ts puts them there before loading it).
for (const part of ON_DEMAND_PARTS) {
  const shares = part.shares ?? [];
  builds[`part-${part.name}`] = {
    // A part may load another part (the result part loads its language's texts).
    plugins: [onDemandParts(), ...(part.name === 'result' ? [swapModules(RESULT_PART_SWAPS)] : []), ...(shares.length ? [sharedNamesOnly()] : [])],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: { entry: part.entry ?? part.module, formats: ['iife'], name: `${PARTS_GLOBAL}.${part.name}`, fileName: () => `stages-quiz-${part.name}.js` },
      rollupOptions: {
        external: shares.map(sharedId),
        output: { extend: true, globals: Object.fromEntries(shares.map((pkg) => [sharedId(pkg), `${PARTS_GLOBAL}.shared.${sharedKey(pkg)}`])) },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const config = builds[mode];
  if (!config) throw new Error(`vite.embed.config.ts: unknown mode "${mode}" (one of ${Object.keys(builds).join(', ')})`);
  return { ...config, plugins: [checkedQuestionnaires(), preact(), ...(config.plugins ?? []), ownKeysOnly()] };
});
