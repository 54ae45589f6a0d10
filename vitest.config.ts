import { defineConfig, type Plugin } from 'vitest/config';

/** `.sbkb` files (the compact knowledge base) import as their text, as tsup's `text` loader does for the build. */
const sbkbAsText: Plugin = {
  name: 'sbkb-as-text',
  enforce: 'pre',
  transform(code, id) {
    return id.endsWith('.sbkb') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
  },
};

export default defineConfig({
  plugins: [sbkbAsText],
  test: { include: ['test/**/*.test.ts'], exclude: ['test/dist/**', 'test/browser/**'], testTimeout: 30_000 },
});
