// ESLint flat config: @eslint/js + typescript-eslint recommended, and eslint-plugin-regexp with the
// backtracking rules as errors (the extractor runs regexes over untrusted article text). For src/: no import
// cycles, imports that run down the floors below, at most 5 parameters. Everywhere: lines of at most 120 columns
// (Prettier lays out the code at that width but leaves long comments and strings alone); tests and benchmarks may
// hold longer strings, which are their fixtures and report lines.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import stylistic from '@stylistic/eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextEncoder',
    'TextDecoder',
    'performance',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
    'structuredClone',
    'globalThis',
    'AbortController',
    'fetch',
  ].map((name) => [name, 'readonly']),
);

// The library runs in browsers too: only the CLI, saidby/node and saidby/queue (src/node*, src/queue*) may use
// Node's modules and globals.
const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'module',
  'os',
  'path',
  'process',
  'readline',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

// The floors of src/, bottom up (house-review §7.4): a file imports its own floor or a lower one, never a higher one
// (eslint-rules/layers.js). A name is a folder or a root file without its extension: `node` is node.ts and node/.
const FLOORS = [
  ['types', 'validate', 'text', 'words', 'adapters', 'generated'], // public types, characters, word lists, data
  ['cues', 'kb'], // the cue lexicon and its lookup, the knowledge base
  ['doc'], // the Doc, its flag layout and accessors
  ['quotes', 'mentions'],
  ['segment', 'attribute'],
  ['entities'],
  ['assemble'],
  ['pipeline'],
  ['index', 'render', 'html', 'compromise', 'report', 'node', 'queue', 'cli'], // the entries
];

// Pairs [a, b]: files under a never import files under b.
const APART = [
  // saidby/node is the library's; the CLI uses it, not the other way round.
  ['node', 'cli'],
  // So is saidby/queue: `saidby queue …` uses it; it uses saidby/node's pool, and saidby/node knows nothing of it.
  ['queue', 'cli'],
  ['node', 'queue'],
  // The entries that run in a browser reach no Node entry.
  ...['index', 'render', 'html', 'compromise', 'report'].flatMap((entry) => [
    [entry, 'node'],
    [entry, 'queue'],
    [entry, 'cli'],
  ]),
  // saidby/report reads results; it never runs the pipeline (the CLI does, for articles), nor does any entry load it.
  ['report', 'index'],
  ['report', 'pipeline'],
  ...['index', 'render', 'html'].map((entry) => [entry, 'report']),
  // The direct sieves and the reported frames share helpers through attribute/*.ts, not through each other.
  ['attribute/sieves', 'attribute/reported'],
  ['attribute/reported', 'attribute/sieves'],
];

/** Imports allowed against the floors, file by file (`'a/b.ts': ['c/d.ts']`), each with its reason. None today. */
const LAYER_EXCEPTIONS = {};

export default defineConfig(
  // src/generated/: written by `npm run generate` from data/, checked by `npm run generate -- --check`, not by hand.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.bench/',
      'tmp/',
      'demo/dist/',
      'test-artifacts/',
      'src/generated/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    plugins: { '@stylistic': stylistic },
    rules: { '@stylistic/max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }] },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      '@stylistic/max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, saidby: { rules: { layers } } },
    settings: {
      // no-cycle follows imports into .ts files, parsed as TypeScript; the sources import them by their `.js`
      // names, as Node's ESM resolution wants.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-cycle': 'error',
      'saidby/layers': ['error', { floors: FLOORS, apart: APART, allow: LAYER_EXCEPTIONS }],
      'max-params': ['error', 5],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/cli/**', 'src/node.ts', 'src/node/**', 'src/queue.ts', 'src/queue/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'The library must run outside Node: only src/cli* may import Node modules.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The library must run outside Node: only src/cli* may import Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'The library must run outside Node: only src/cli* may use Node globals.',
        })),
      ],
    },
  },
  // examples/: a CommonJS script, and a Web Worker's script, as users write them.
  {
    files: ['examples/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...nodeGlobals, require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['examples/browser/**/*.js'],
    languageOptions: { globals: { self: 'readonly', performance: 'readonly' } },
  },
);
