// The built package as it ships: source maps without embedded sources (docs/install.md), and metadata that sends
// users nowhere false. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
const maps = readdirSync(dist).filter((f) => f.endsWith('.map'));

describe('source maps', () => {
  it('exist for the library', () => {
    expect(maps).toContain('node.js.map');
    expect(maps.length).toBeGreaterThan(5);
  });

  it.each(maps)('%s carries no sources, and names files of src/', (file) => {
    const map = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sourcesContent).toBeUndefined();
    const own = map.sources.filter((s) => !s.includes('node_modules'));
    for (const source of own) expect(existsSync(resolve(dirname(join(dist, file)), source)), source).toBe(true);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('names an author and a license, and no URL until the repository is public (docs/install.md)', () => {
    expect(pkg['author']).toBe('saidby contributors');
    expect(pkg['license']).toBe('MIT');
    const install = readFileSync(join(root, 'docs/install.md'), 'utf8');
    for (const field of ['repository', 'homepage', 'bugs']) {
      if (pkg[field] === undefined) expect(install).toContain(`\`${field}\``);
    }
  });
});
