// The CommonJS build, loaded the way `require('saidby')` would.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkModule, type SaidBy } from './shape.js';
import { PUBLIC_API } from '../public-api.js';

const require = createRequire(import.meta.url);

describe('dist/index.cjs (CommonJS)', () => {
  it('exports the public API, and it works', () => {
    const mod = require('../../dist/index.cjs') as SaidBy;
    expect(Object.keys(mod).sort()).toEqual(PUBLIC_API);
    checkModule(mod);
  });
});
