import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { templateBody } from './src/kb/default.js';

/** The library's own entries, by source path (no extension), and the file each is built to. */
const ENTRIES: ReadonlyMap<string, string> = new Map([
  [resolve('src/index'), 'index'],
  [resolve('src/html/index'), 'html'],
  [resolve('src/render/index'), 'render'],
  [resolve('src/compromise/index'), 'compromise'],
  [resolve('src/report/index'), 'report'],
]);

/**
 * The Node-only bundles (saidby/node, the workers, the CLI) import the library's entries from the built files beside
 * them (dist/index.js or dist/index.cjs, dist/html.js, dist/render.js) instead of carrying their own copy of it and
 * its knowledge base.
 */
function mainEntryExternal(format: 'esm' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'saidby-main-entry-external',
    setup(build) {
      build.onResolve({ filter: /(?:^|\/)index\.js$/ }, (args) => {
        const entry = ENTRIES.get(resolve(args.resolveDir, args.path).replace(/\.js$/, ''));
        if (entry === undefined) return undefined;
        return { path: `./${entry}.${format === 'cjs' ? 'cjs' : 'js'}`, external: true };
      });
    },
  };
}

/** The one copy of the bundled knowledge base in dist/: a CommonJS module whose `module.exports` is its text. */
const KB_DATA = 'kb-data.cjs';

/**
 * saidby/kb (kb.js and kb.cjs) imports the knowledge base's text from dist/kb-data.cjs instead of carrying a copy each,
 * and the core reads that same file in Node: the package holds the knowledge base once, not three times.
 */
const kbDataExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'saidby-kb-data-external',
  setup(build) {
    build.onResolve({ filter: /\.sbkb$/ }, () => ({ path: `./${KB_DATA}`, external: true }));
  },
};

/**
 * Source maps ship without the sources embedded in them (`sourcesContent`): a stack trace still maps to
 * `src/attribute/sieves/trailing.ts:42`, and the installed package is not twice its size. Those who want to step into
 * the sources open them from a clone of the repository.
 */
function mapsWithoutSources(options: Parameters<NonNullable<Options['esbuildOptions']>>[0]): void {
  options.sourcesContent = false;
}

const nodeOnly: Options = {
  target: 'node20',
  platform: 'node',
  external: ['htmlparser2', 'vega', 'vega-lite', 'bullmq', 'ioredis'],
  esbuildOptions: mapsWithoutSources,
};

// No `clean`: tsup's declaration build cleans *.d.ts from dist/ when it starts, and with several configs building
// in parallel it could delete saidby/node's declarations, written just before (seen once in CI). `npm run build`
// empties dist/ first instead.
export default defineConfig([
  {
    // saidby/render, saidby/html and saidby/compromise are entries of their own; splitting shares the pipeline.
    entry: {
      index: 'src/index.ts',
      render: 'src/render/index.ts',
      html: 'src/html/index.ts',
      compromise: 'src/compromise/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['htmlparser2'],
    // In Node the core reads the bundled knowledge base from dist/kb-data.cjs on first use (src/kb/default.ts). The
    // CommonJS build finds it by `__dirname`, and `import.meta` may not even appear in it.
    esbuildOptions(options, { format }) {
      mapsWithoutSources(options);
      if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
    },
    async onSuccess() {
      mkdirSync('dist', { recursive: true });
      const text = readFileSync('src/generated/kb.sbkb', 'utf8');
      writeFileSync(`dist/${KB_DATA}`, `'use strict';\nmodule.exports = \`${templateBody(text)}\`;\n`);
    },
  },
  // saidby/kb: the bundled knowledge base for browsers, imported from dist/kb-data.cjs (a bundler takes it in).
  {
    entry: { kb: 'src/kb/bundled.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [kbDataExternal],
  },
  // saidby/report, on its own: it shares no pipeline code with the other entries, and without splitting its CommonJS
  // build keeps the dynamic `import()` of Vega and Vega-Lite (ESM only, with top-level await, so `require` fails on
  // them). Only its charts load them; they stay outside every bundle.
  {
    entry: { report: 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['vega', 'vega-lite'],
    esbuildOptions: mapsWithoutSources,
  },
  // saidby/node: extractQuotesMany and everything from the main entry. Finds dist/worker.js from either format.
  ...(['esm', 'cjs'] as const).map((format): Options => ({
    ...nodeOnly,
    entry: { node: 'src/node.ts' },
    format: [format],
    dts: true,
    sourcemap: true,
    shims: true,
    esbuildPlugins: [mainEntryExternal(format)],
  })),
  // saidby/queue: the BullMQ queue (enqueue, createWorker, status, collect); finds dist/queue-worker.js. A config of
  // its own: built together with saidby/node, the two would share a chunk of the pool and validation code.
  ...(['esm', 'cjs'] as const).map((format): Options => ({
    ...nodeOnly,
    entry: { queue: 'src/queue.ts' },
    format: [format],
    dts: true,
    sourcemap: true,
    shims: true,
    esbuildPlugins: [mainEntryExternal(format)],
  })),
  // The worker scripts: saidby/node's (one document per task), the CLI's (a batch of JSONL lines per task) and the
  // queue's (one document, its result as JSON).
  {
    ...nodeOnly,
    entry: { worker: 'src/node/worker.ts', 'cli-worker': 'src/cli/worker.ts', 'queue-worker': 'src/queue/thread.ts' },
    format: ['esm'],
    splitting: false, // each a file of its own, not a shared chunk beside the library's
    sourcemap: true,
    esbuildPlugins: [mainEntryExternal('esm')],
  },
  {
    ...nodeOnly,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    splitting: false, // its lazily loaded parts stay inside cli.js, not loose chunks beside the library's files
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [mainEntryExternal('esm')],
  },
]);
