// `npm run build`: every artefact in dist/, one Vite build after another.
//   dist/index.html + assets   the standalone page (vite.config.ts)
//   dist/lib/index.js + .d.ts   the side-effect-free library entry (vite.lib.config.ts + tsc), and
//   dist/lib/index.cjs + .d.cts  the same for require()
//   dist/fhir/                  each built-in as a FHIR R4 Questionnaire per language (export-fhir.mjs)
//   dist/stages-quiz.js, its on-demand parts (dist/stages-quiz-<name>.js: the validator), dist/stages-quiz-clinician.js, dist/element/, dist/stages-quiz-frame.js, dist/frame.html (vite.embed.config.ts)
//   dist/setup.html + assets   the practice's setup page (vite.setup.config.ts; nothing in the widget imports it)
//   dist/examples/              the example host pages (copied from embed/examples/)
//   dist/custom-elements.json, dist/vscode.html-custom-data.json   what editors and tools know of <stages-quiz>
import { execSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { writeElementMetadata } from './custom-elements.mjs';
import { fixDeclarations } from './fix-declarations.mjs';

// One build per on-demand part of the website script: the parts of vite-plugins.ts ON_DEMAND_PARTS
// (listed again here: Node cannot import that TypeScript file), each only when its module exists.
const partModes = [
  ['part-validator', 'src/embed/host-questionnaire.ts'],
  ['part-result', 'src/ui/ResultPhase.tsx'],
  ['part-texts-en', 'src/embed/quick-texts-en.ts'],
  ['part-texts-es', 'src/embed/quick-texts-es.ts'],
  ['part-words-en', 'src/embed/words-en.ts'],
  ['part-words-es', 'src/embed/words-es.ts'],
]
  .filter(([, module]) => existsSync(module))
  .map(([mode]) => mode);

rmSync('dist', { recursive: true, force: true });
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await build({ configFile: 'vite.lib.config.ts', logLevel: 'warn' });
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
fixDeclarations(['dist/lib'], { commonJs: true });
await import('./export-fhir.mjs');
for (const mode of ['script', ...partModes, 'script-clinician', 'element', 'frame-helper', 'frame']) {
  await build({ configFile: 'vite.embed.config.ts', mode, logLevel: 'warn' });
}
// Types for `stages-quiz/element` and `stages-quiz/element-clinician` at dist/element/types/src/embed/ (rootDir
// pinned: package.json "exports" names that path, whatever the entries import) (the element class, its event
// map, the completion detail).
execSync(
  'npx tsc --ignoreConfig --declaration --emitDeclarationOnly --outDir dist/element/types --rootDir . --jsx react-jsx ' +
    '--jsxImportSource preact --module esnext --moduleResolution bundler --target es2022 --strict --skipLibCheck ' +
    '--resolveJsonModule --types vite/client --lib es2022,dom,dom.iterable --verbatimModuleSyntax src/embed/element-entry.ts src/embed/element-clinician-entry.ts src/checked-questionnaire.d.ts',
  { stdio: 'inherit' },
);
fixDeclarations(['dist/element/types']);
// dist/custom-elements.json and dist/vscode.html-custom-data.json, from the element's sources.
await writeElementMetadata('dist');
await build({ configFile: 'vite.setup.config.ts', logLevel: 'warn' });
cpSync('embed/examples', 'dist/examples', { recursive: true });
// The url.html example loads a questionnaire from its own site: a copy of the built-in `quick`.
cpSync('questionnaire/quick.json', 'dist/examples/my-questionnaire.json');
console.log('built dist/');
