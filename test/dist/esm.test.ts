// The ESM build, imported the way `import { extractQuotes } from 'saidby'` would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModule, type SaidBy } from './shape.js';
import { PUBLIC_API } from '../public-api.js';

const entry = new URL('../../dist/index.js', import.meta.url);

describe('dist/index.js (ESM)', () => {
  it('exports the public API, and it works', async () => {
    const mod = (await import(entry.href)) as SaidBy;
    expect(Object.keys(mod).sort()).toEqual(PUBLIC_API);
    checkModule(mod);
  });

  it('loads nothing from Node', () => {
    const code = readFileSync(entry, 'utf8');
    expect(code).not.toMatch(/from\s*["'](node:)?(fs|path|url|util|os|process|readline|stream|events|child_process)["']/);
    expect(code).not.toMatch(/\bprocess\.(env|argv|stdout|stdin|exit)\b/);
  });
});
