/**
 * The default knowledge base: countries, heads of state and government and other office-holders, international
 * bodies, news agencies, metonyms and major places, with Wikidata ids. Built by `npm run generate`
 * (scripts/build-kb.mjs, see data/kb.md) into src/generated/kb.sbkb, the compact format of compact.ts.
 *
 * The library itself does not carry it: in Node it is read from the file beside the library on the first lookup,
 * once per process; where there is no file system (a browser), `saidby/kb` carries it and is passed explicitly.
 * The demonyms and country names, which every extraction uses, are small and stay here.
 */
import type { EntityType, KbCandidate, KnowledgeBase } from '../types.js';
import { COUNTRY_NAMES, DEMONYMS } from '../generated/nations.js';
import { parseKnowledgeBase } from './compact.js';
import { normalizeName } from './parse.js';

let loaded: KnowledgeBase | null = null;
let loads = 0;

/** How many times the bundled knowledge base has been read in this process (for tests: at most 1). */
export function kbParseCount(): number {
  return loads;
}

const NONE: readonly KbCandidate[] = [];
const EMPTY: KnowledgeBase = { name: 'none', lookup: () => NONE };

/**
 * The knowledge base `extractQuotes` links to when `options.knowledgeBase` is not given. In Node, the bundled one,
 * read on the first lookup; where there is no file system (a browser), none: pass `bundledKnowledgeBase()` from
 * `saidby/kb` as `options.knowledgeBase` there.
 *
 * @example
 * ```ts
 * import { defaultKnowledgeBase } from 'saidby';
 *
 * defaultKnowledgeBase().lookup('Vladimir Putin', 'person')[0]?.id; // 'Q7747' in Node; undefined in a browser
 * ```
 */
export function defaultKnowledgeBase(): KnowledgeBase {
  return {
    name: 'saidby-default',
    lookup(name: string, type: EntityType | 'unknown'): readonly KbCandidate[] {
      loaded ??= loadBeside();
      return loaded.lookup(name, type);
    },
  };
}

/** The bundled file's name in src/generated/, where the library finds it when run from the sources. */
export const BUNDLED_FILE = 'kb.sbkb';

/**
 * Its name beside the built library (dist/): a CommonJS module whose `module.exports` is the text, the one copy that
 * saidby/kb imports too (``module.exports = `…`;``, with only a backquote, a backslash and `${` escaped).
 */
export const BUNDLED_MODULE = 'kb-data.cjs';

/**
 * The text as the body of a template literal, as the build writes dist/kb-data.cjs: only a backquote, a backslash and
 * `${` are escaped, so the file is the text itself nearly byte for byte and reads back with a slice.
 */
export function templateBody(text: string): string {
  return text.replace(TEMPLATE_SPECIAL, (m) => `\\${m}`);
}

const TEMPLATE_SPECIAL = /[`\\]|\$\{/g;
const TEMPLATE_ESCAPE = /\\(`|\\|\$\{)/g;

/**
 * The bundled knowledge base's text from a file's contents: the module's template literal, or a `.sbkb` file as it
 * is. A slice and, where there are escapes, one replace: no JavaScript parse of 5 MB on the first call.
 */
export function bundledText(path: string, contents: string): string {
  if (!path.endsWith(BUNDLED_MODULE)) return contents;
  const body = contents.slice(contents.indexOf('`') + 1, contents.lastIndexOf('`'));
  return body.includes('\\') ? body.replace(TEMPLATE_ESCAPE, '$1') : body;
}

interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
}
interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
  emitWarning?: (message: string) => void;
}

/**
 * Reads the bundled file in Node, found from this module's own place without a static import of `node:fs`: the
 * core stays loadable in a browser, where there is no `process.getBuiltinModule` and nothing is read.
 */
function loadBeside(): KnowledgeBase {
  loads++;
  const proc = (globalThis as { process?: NodeProcess }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  const dir = fs && moduleDir(proc);
  if (!fs && proc?.versions?.node) {
    // Node before 20.16 has no process.getBuiltinModule: say so rather than link nothing in silence.
    proc.emitWarning?.(
      `saidby: Node ${proc.versions.node} cannot load the bundled knowledge base by itself (Node 20.16 or later ` +
        'can), so no entity is linked: pass options.knowledgeBase (bundledKnowledgeBase() from saidby/kb).',
    );
  }
  if (!fs || !dir) return EMPTY;
  for (const path of [`${dir}/${BUNDLED_MODULE}`, `${dir}/../generated/${BUNDLED_FILE}`]) {
    if (fs.existsSync(path))
      return parseKnowledgeBase(bundledText(path, fs.readFileSync(path, 'utf8')), 'saidby-default');
  }
  proc?.emitWarning?.(
    `saidby: the bundled knowledge base (${BUNDLED_MODULE}) is not beside the library in ${dir}, so no entity is ` +
      'linked. A bundler that copies only JavaScript leaves it out: copy it, or pass options.knowledgeBase ' +
      '(bundledKnowledgeBase() from saidby/kb).',
  );
  return EMPTY;
}

/**
 * This module's folder: from `import.meta.url` in ES modules, `__dirname` in the CommonJS build (where the build
 * defines `import.meta.url` as undefined). ES modules first: a worker evaluated from a string sees a global
 * `__dirname` of `.` (`new Worker(code, { eval: true })`).
 */
function moduleDir(proc: NodeProcess | undefined): string | null {
  const here = import.meta.url;
  const url = proc?.getBuiltinModule?.('node:url') as { fileURLToPath(u: string | URL): string } | undefined;
  if (url && typeof here === 'string' && here.startsWith('file:')) return url.fileURLToPath(new URL('.', here));
  // Feature-detected: only the CommonJS build in Node has it; everywhere else the typeof test is all that runs.
  // eslint-disable-next-line no-restricted-globals
  return typeof __dirname === 'string' ? __dirname : null;
}

let demonyms: Map<string, string> | null = null;
let countries: Set<string> | null = null;

/** The country a demonym names, as a lower-case English name: `Russian` → `russia`; null when unknown or ambiguous. */
export function demonymCountry(word: string): string | null {
  return demonymTable().get(normalizeName(word)) ?? null;
}

/** The demonyms demonymCountry knows, folded as normalizeName folds them. */
export function demonymKeys(): Iterable<string> {
  return demonymTable().keys();
}

function demonymTable(): ReadonlyMap<string, string> {
  if (!demonyms) {
    demonyms = new Map();
    for (const line of DEMONYMS.split('\n')) {
      const [k, v] = line.split('\t');
      if (k && v) demonyms.set(k, v);
    }
  }
  return demonyms;
}

/** The lower-case English country names the KB uses in `countries` (`russia`, `north korea`). */
export function countryNames(): ReadonlySet<string> {
  countries ??= new Set(COUNTRY_NAMES.split('\n').filter(Boolean));
  return countries;
}
