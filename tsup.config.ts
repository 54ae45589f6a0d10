import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // saidby/render and saidby/html are entries of their own; splitting shares the pipeline between them.
    entry: { index: 'src/index.ts', render: 'src/render/index.ts', html: 'src/html/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['compromise', 'htmlparser2'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['compromise', 'htmlparser2'],
  },
]);
