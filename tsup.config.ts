import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const SRC_INDEX = resolve('src/index');

/**
 * The Node-only bundles (saidby/node, the worker, the CLI) import the library from the built main entry beside
 * them (dist/index.js or dist/index.cjs) instead of carrying their own copy of it and its knowledge base.
 */
function mainEntryExternal(format: 'esm' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'saidby-main-entry-external',
    setup(build) {
      build.onResolve({ filter: /(?:^|\/)index\.js$/ }, (args) => {
        if (resolve(args.resolveDir, args.path).replace(/\.js$/, '') !== SRC_INDEX) return undefined;
        return { path: format === 'cjs' ? './index.cjs' : './index.js', external: true };
      });
    },
  };
}

const nodeOnly: Options = { target: 'node20', platform: 'node', external: ['compromise', 'piscina'] };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['compromise'],
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
  {
    ...nodeOnly,
    entry: { worker: 'src/node/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    esbuildPlugins: [mainEntryExternal('esm')],
  },
  {
    ...nodeOnly,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [mainEntryExternal('esm')],
  },
]);
