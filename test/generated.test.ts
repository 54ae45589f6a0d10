// Every generated file (src/generated/, docs/rules.md) is what its generator gives from the current inputs (data/,
// compromise, ../shared/kb-sources): the same check as `npm run generate -- --check`.
import { describe, expect, it } from 'vitest';
import { available, committed, GENERATORS } from '../scripts/generate.js';

describe('generated files', () => {
  for (const g of GENERATORS) {
    it.skipIf(!available(g))(`${g.output} is up to date with ${g.from} (else run \`npm run generate\`)`, async () => {
      const { text } = await g.build();
      expect(committed(g) === text, g.output).toBe(true);
    });
  }
});
