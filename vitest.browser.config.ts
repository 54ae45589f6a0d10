import { defineConfig } from 'vitest/config';

// The demo page in headless Chromium: run `npm run demo:build` first (`npm run test:browser` does).
export default defineConfig({
  test: { include: ['test/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
