import { defineConfig } from 'vitest/config';

// Tests of the built package (dist/): run `npm run build` first.
export default defineConfig({
  test: { include: ['test/dist/**/*.test.ts'], testTimeout: 30_000 },
});
