// ESLint flat config: @eslint/js + typescript-eslint recommended, and eslint-plugin-regexp with the
// backtracking rules as errors (the extractor runs regexes over untrusted article text).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'performance',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask',
    'structuredClone', 'globalThis', 'AbortController', 'fetch',
  ].map((name) => [name, 'readonly']),
);

// The library runs in browsers too: only the CLI and saidby/node (src/node*) may use Node's modules and globals.
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'os', 'path', 'process',
  'readline', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];

export default defineConfig(
  // src/generated/: written by `npm run generate` from data/, checked by `npm run generate -- --check`, not by hand.
  {
    ignores: [
      'dist/', 'node_modules/', 'coverage/', '.bench/', 'tmp/', 'demo/dist/', 'test-artifacts/', 'src/generated/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/cli/**', 'src/node.ts', 'src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'The library must run outside Node: only src/cli* may import Node modules.' })),
          patterns: [{ group: ['node:*'], message: 'The library must run outside Node: only src/cli* may import Node modules.' }],
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
);
