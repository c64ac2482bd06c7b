// tsc writes declaration files with the source's extensionless relative imports ('./types'),
// which Node's own resolution (moduleResolution node16 / nodenext) cannot follow, so a consumer
// there would get `any`. This gives every relative specifier its real file ('./types.js',
// './fhir/index.js'), and beside the library's ESM declarations writes CommonJS ones (.d.cts
// importing .cjs) for `require('stages-quiz')`. A specifier that names no declaration file fails
// the build, so a new import shape cannot slip through unresolved.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** Every file under `dir` whose name ends with `suffix`. */
function walk(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** The specifier as Node resolves it: './x' → './x.js' or './x/index.js'. */
function withExtension(file, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const base = join(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`fix-declarations: ${file} imports '${specifier}', which names no declaration file`);
}

/**
 * Rewrites the .d.ts files under each folder in place; with `commonJs`, also writes each as .d.cts
 * with its relative imports pointing at .cjs.
 * @param {string[]} folders
 * @param {{ commonJs?: boolean }} options
 */
export function fixDeclarations(folders, { commonJs = false } = {}) {
  for (const folder of folders) {
    for (const file of walk(folder, '.d.ts')) {
      const text = readFileSync(file, 'utf8').replace(RELATIVE, (_m, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec)}${quote}`);
      writeFileSync(file, text);
      if (commonJs) {
        const cjs = text.replace(RELATIVE, (_m, lead, quote, spec) => `${lead}${quote}${spec.replace(/\.js$/, '.cjs')}${quote}`);
        writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), cjs);
      }
    }
  }
}
