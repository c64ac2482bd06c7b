import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Questionnaire } from './src/core/types';

const ROOT = dirname(fileURLToPath(import.meta.url));
const CHECKED = '\0checked-questionnaire:';

/**
 * `import quick from '…/quick.json?checked'`: the questionnaire checked by parseQuestionnaire when
 * it is BUILT (the build fails with every problem if it does not pass), and carried as plain data,
 * so no browser ever validates a built-in. `$schema` (an editor hint) is left out.
 */
export function checkedQuestionnaires(): Plugin {
  return {
    name: 'stages-quiz:checked-questionnaires',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*\.json)\?checked(&part=(?:first|result(?:&lang=[a-z]{2,3})?))?$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1]!, importer, { skipSelf: true });
      // Not ending in .json: Vite's JSON plugin would take it for a JSON file.
      return file ? `${CHECKED}${file.id}?${match[2] ?? ''}.js` : null;
    },
    async load(id) {
      if (!id.startsWith(CHECKED)) return null;
      const [file, query] = id.slice(CHECKED.length, -'.js'.length).split('?') as [string, string];
      this.addWatchFile(file);
      const result = await checkQuestionnaireFile(file);
      if (!result.ok) this.error(result.message);
      const { $schema: _schema, ...all } = result.questionnaire as Questionnaire;
      // `&part=first`: what the website script carries (no result texts); `&part=result`: those texts,
      // which its result part carries (src/core/result-texts.ts).
      // `&part=result&lang=en`: those texts in one language.
      const [, part, lang] = /^&part=(first|result)(?:&lang=(\w+))?$/.exec(query) ?? [];
      const texts = await resultTexts();
      const split = part ? texts.splitResultTexts(all) : undefined;
      const data = !split ? all : part === 'first' ? split.first : lang ? texts.resultTextsIn(split.texts, lang, all.locales) : split.texts;
      if (lang && !all.locales.includes(lang)) this.error(`${file} has no locale "${lang}"`);
      // JSON.parse of a string literal is parsed faster than the same object as JS (V8's advice for
      // data over ~10 kB), and gzips to about the same.
      // In single quotes, so the JSON's many double quotes need no escaping (about 50 bytes of gzip).
      const literal = JSON.stringify(data).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
      return `export default JSON.parse('${literal}');`;
    },
  };
}

/** Reads and checks one questionnaire file; the message lists every problem with its path. */
export async function checkQuestionnaireFile(file: string): Promise<{ ok: true; questionnaire: unknown } | { ok: false; message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${String(error)}` };
  }
  const result = (await validator())(json);
  if (result.ok) return { ok: true, questionnaire: result.questionnaire };
  const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
  return { ok: false, message: `built-in questionnaire ${file} does not pass parseQuestionnaire:\n${lines.join('\n')}` };
}

const fromSrc = new Map<string, Promise<unknown>>();

/** A module of src/, once, through Vite's module runner (the config itself stays free of src/). */
function srcModule<T>(path: string): Promise<T> {
  let module = fromSrc.get(path);
  if (!module) fromSrc.set(path, (module = runnerImport<T>(resolve(ROOT, path), { configFile: false, logLevel: 'warn' }).then((r) => r.module)));
  return module as Promise<T>;
}

/** src/core/result-texts.ts (the split of a built-in's result texts). */
const resultTexts = () => srcModule<typeof import('./src/core/result-texts')>('src/core/result-texts.ts');

/** The validator from src/. */
const validator = () =>
  srcModule<typeof import('./src/core/parse-questionnaire')>('src/core/parse-questionnaire.ts').then((m) => m.parseQuestionnaire);

/**
 * Parts of the website script that are loaded on demand, each built on its own as
 * dist/stages-quiz-<name>.js: the module whose dynamic `import()` becomes `loadPart(name)`.
 * `shares` lists the packages the part takes from the script instead of carrying a copy (a part
 * with Preact components must use the script's own Preact, or its hooks would not work).
 */
export interface OnDemandPart {
  readonly name: string;
  /** The module whose dynamic import becomes the part, relative to the repository root. */
  readonly module: string;
  /** What the part file is built from, when not the module itself (it must export the same names). */
  readonly entry?: string;
  /** Package names, or modules of ours by their path from the repository root (`src/…`). */
  readonly shares?: readonly string[];
}

/**
 * Preact as a part with components shares it (its hooks only work with the script's own copy):
 * `shares: PREACT`. The `result` part's entry (src/embed/result-part-website.ts) re-exports the
 * result phase and carries the built-ins' result texts (`quick.json?checked&part=result`), which
 * the website's built-ins leave out (`?checked&part=first`).
 */
export const PREACT = ['preact', 'preact/hooks', 'preact/jsx-runtime'];

const PARTS: readonly OnDemandPart[] = [
  // Only for a questionnaire the host supplies (URL or property): its fetch and the validator, and
  // the scoring of scales, which it fills into the script's stand-in (src/embed/scale-scoring-script.ts).
  { name: 'validator', module: 'src/embed/host-questionnaire.ts', shares: ['src/core/scale-scoring.ts'] },
  // What follows the questions (src/ui/load-result-phase.ts imports it): the result, the next step,
  // their styles and the built-ins' guidance and step texts; loaded while the person answers.
  // It shares the script's part loader too (for its texts parts): one copy, one record per page of
  // what is loaded, and about 450 bytes less on the visitor's path for about 30 more in the script;
  // and the "Loading…" screen with the on-demand module hook, which both use (about 240 bytes less
  // on the path for about 50 more in the script); and the conditions' evaluation, which the
  // guidance's conditions use as the flow's do (about 240 bytes less for about 60 more). Sharing the
  // other small core modules both have (localize, own, effective-answers) costs the script more than
  // it saves the part.
  {
    name: 'result',
    module: 'src/ui/ResultPhase.tsx',
    entry: 'src/embed/result-part-website.ts',
    shares: [...PREACT, 'src/embed/load-part.ts', 'src/ui/ResultPending.tsx', 'src/ui/lazy-module.ts', 'src/core/evaluate-condition.ts'],
  },
  // `quick`'s result texts with the result's words (loaded-words.ts), one language each: the result
  // part loads the person's language.
  { name: 'texts-en', module: 'src/embed/quick-texts-en.ts' },
  { name: 'texts-es', module: 'src/embed/quick-texts-es.ts' },
  // The same words alone, one language each: the result part loads them for a host's own questionnaire.
  { name: 'words-en', module: 'src/embed/words-en.ts' },
  { name: 'words-es', module: 'src/embed/words-es.ts' },
];

/**
 * Throws if a part shares two modules under one `sharedKey` (two files of the same name in
 * different folders): the second would silently stand in for the first in the part.
 */
export function checkSharedKeys(parts: readonly OnDemandPart[]): void {
  for (const part of parts) {
    const keys = (part.shares ?? []).map(sharedKey);
    const twice = keys.findIndex((key, i) => keys.indexOf(key) !== i);
    if (twice >= 0) {
      const first = part.shares![keys.indexOf(keys[twice]!)];
      throw new Error(`vite-plugins.ts: the ${part.name} part shares ${first} and ${part.shares![twice]} under one name, ${keys[twice]}: rename one of the files`);
    }
  }
}

/** The parts this checkout has (a part whose module is not here yet is left out). */
export const ON_DEMAND_PARTS: readonly OnDemandPart[] = PARTS.filter((part) => existsSync(resolve(ROOT, part.entry ?? part.module)));
checkSharedKeys(ON_DEMAND_PARTS);

/** Where the script puts what a part shares, and parts put themselves: one global, `StagesQuizParts`. */
export const PARTS_GLOBAL = 'StagesQuizParts';

/**
 * For the website script (a classic script, so no code splitting): every `import('…')` of an
 * on-demand part's module becomes `loadPart('<name>')` (src/embed/load-part.ts), which loads
 * dist/stages-quiz-<name>.js from beside the script. Any other dynamic import fails the build: it
 * would be inlined, silently putting its bytes back on the visitor's path.
 */
export function onDemandParts(parts: readonly OnDemandPart[] = ON_DEMAND_PARTS): Plugin {
  const byFile = new Map(parts.map((part) => [resolve(ROOT, part.module), part]));
  const loader = resolve(ROOT, 'src/embed/load-part.ts');
  return {
    name: 'stages-quiz:on-demand-parts',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(SHARED_PICK) ? id : null;
    },
    load(id) {
      return id.startsWith(SHARED_PICK) ? sharedPickModule(id.slice(SHARED_PICK.length)) : null;
    },
    async transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || id.includes('node_modules') || !code.includes('import(')) return null;
      // `typeof import('…')` is a type, not a load.
      const calls = [...code.matchAll(/(?<!\btypeof\s*)\bimport\(\s*(['"])([^'"]+)\1\s*\)/g)];
      if (calls.length === 0) return null;
      let out = code;
      const imports = new Set([`import { loadPart as __loadPart } from ${JSON.stringify(loader)};`]);
      // Back to front, by position: the same text may also stand in a type (`typeof import(…)`).
      for (const call of calls.reverse()) {
        const [whole, , specifier] = call;
        const target = await this.resolve(specifier!, id);
        const part = target && byFile.get(target.id.split('?')[0]!);
        if (!part) this.error(`${id}: import(${JSON.stringify(specifier)}) is not an on-demand part (vite-plugins.ts ON_DEMAND_PARTS); the website script would inline it`);
        const shared = (part.shares ?? []).map((pkg) => `${JSON.stringify(sharedKey(pkg))}: __share_${sharedKey(pkg)}`);
        const load = `__loadPart(${JSON.stringify(part.name)}${shared.length ? `, { ${shared.join(', ')} }` : ''})`;
        out = out.slice(0, call.index) + load + out.slice(call.index + whole.length);
        for (const pkg of part.shares ?? []) imports.add(shareImport(pkg));
      }
      return { code: `${[...imports].join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * What parts take from a shared package, by name: the script then carries only these of it (a
 * namespace import would keep every export: Preact's hydrate, portals, context, the precompiled
 * JSX helpers … that no code of ours calls). The part builds check that they import nothing else
 * (sharedNamesOnly). A package not listed here is shared whole.
 */
export const SHARED_NAMES: Readonly<Record<string, readonly string[]>> = {
  preact: ['Component', 'Fragment', 'h', 'render'],
  'preact/hooks': ['useEffect', 'useId', 'useLayoutEffect', 'useMemo', 'useReducer', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
};

/** A virtual module whose default export is the object of what the script shares of a package listed in SHARED_NAMES. */
const SHARED_PICK = '\0stages-quiz-shared:';

/** The script's import of what it shares of `pkg`, as `__share_<key>`: the named exports only, where listed. */
function shareImport(pkg: string): string {
  const key = sharedKey(pkg);
  return SHARED_NAMES[pkg]
    ? `import __share_${key} from ${JSON.stringify(SHARED_PICK + pkg)};`
    : `import * as __share_${key} from ${JSON.stringify(sharedId(pkg))};`;
}

/** The code of SHARED_PICK + `pkg`: imports the listed names and exports them as one object. */
function sharedPickModule(pkg: string): string {
  const names = SHARED_NAMES[pkg]!;
  return `import { ${names.join(', ')} } from ${JSON.stringify(sharedId(pkg))};\nexport default { ${names.join(', ')} };`;
}

/**
 * What a module's code (after the JSX transform) imports from a package listed in SHARED_NAMES
 * that the script does not share: each as a line naming the module, the package and the name.
 * A namespace or default import of such a package is named as `*` / `default`.
 */
export function unsharedImports(code: string, id: string, names: Readonly<Record<string, readonly string[]>> = SHARED_NAMES): string[] {
  const problems: string[] = [];
  for (const m of code.matchAll(/\bimport\s+([^'";]*?)\s*from\s*(['"])([^'"]+)\2/g)) {
    const [, clause = '', , pkg = ''] = m;
    const allowed = Object.hasOwn(names, pkg) ? names[pkg]! : undefined;
    if (!allowed) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const rest = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    if (/^type\b/.test(clause.trim())) continue;
    if (rest) problems.push(`${id}: imports ${rest.startsWith('*') ? '*' : 'default'} from ${pkg}`);
    for (const spec of braces?.[1]?.split(',') ?? []) {
      if (/^\s*type\s/.test(spec)) continue;
      const name = spec.split(/\s+as\s+/)[0]!.trim();
      if (name && !allowed.includes(name)) problems.push(`${id}: imports ${name} from ${pkg}`);
    }
  }
  return problems;
}

/**
 * For a part that shares packages: fails its build if it imports from one of them a name the
 * script does not share (SHARED_NAMES), which would be undefined in the browser.
 */
export function sharedNamesOnly(): Plugin {
  return {
    name: 'stages-quiz:shared-names-only',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!)) return null;
      const problems = unsharedImports(code, id);
      if (problems.length) this.error(`not shared by the website script (vite-plugins.ts SHARED_NAMES):\n${problems.join('\n')}`);
      return null;
    },
  };
}

/**
 * The name a shared package or module goes by under `StagesQuizParts.shared` (`preact/hooks` →
 * `preact_hooks`, `src/embed/load-part.ts` → `load_part`).
 */
export function sharedKey(pkg: string): string {
  return pkg.replace(/^src\/(\w+\/)*/, '').replace(/\.tsx?$/, '').replace(/[^A-Za-z0-9]/g, '_');
}

/** What the bundler knows a shared package or module by: a module of ours by its absolute path. */
export function sharedId(pkg: string): string {
  return pkg.startsWith('src/') ? resolve(ROOT, pkg) : pkg;
}

/** The bundler's helper that builds a module namespace object (`import * as x`), as it writes it before minifying. */
const NAMESPACE_HELPER = /for \(var (\w+) in (\w+)\) \{\s*(\w+)\((\w+), \1, \{\s*get: \2\[\1\],\s*enumerable: true\s*\}\);\s*\}/g;

/**
 * The bundler builds namespace objects with `for (var name in all)`, which also walks what a host
 * page added to Object.prototype: an enumerable non-function there (`Object.prototype.flag = 'x'`,
 * as old page libraries do) made the script throw at its first line, before it could define the
 * element. The helper is made to take own keys only; a build whose helper no longer matches fails,
 * so a bundler update cannot quietly undo it.
 */
export function ownKeysOnly(): Plugin {
  return {
    name: 'stages-quiz:own-keys-only',
    renderChunk(code) {
      if (!code.includes('enumerable')) return null;
      const patched = code.replace(NAMESPACE_HELPER, 'for (var $1 in $2) if (Object.hasOwn($2, $1)) $3($4, $1, { get: $2[$1], enumerable: true });');
      return patched === code ? null : { code: patched, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const left = chunk.code.match(/for\s*\(var (\w+) in (\w+)\)\s*\{?\s*\w+\(\w+,\s*\1,\s*\{\s*get:/);
        if (left) this.error(`${chunk.fileName}: a namespace helper the own-keys patch does not know: ${left[0]}`);
      }
    },
  };
}
