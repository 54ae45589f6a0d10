// Regenerates every generated file from its inputs (data/, compromise, ../shared/kb-sources):
//
//   npm run generate               write every file in GENERATORS
//   npm run generate -- --check    write nothing; exit 1, naming each file that is out of date (CI runs this)
//
// A generator is a function that returns its file's text, so that one script can both write and check it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cueLexicon } from './build-cues.js';
import { lexiconSource } from './build-word-classes.js';
import { rulesDoc } from './rules-doc.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Generator {
  /** The file it writes, relative to the repository's root. */
  readonly output: string;
  /** Its inputs, for the report. */
  readonly from: string;
  /** A path (relative to the root) that must exist, or the generator is skipped with a note: an input kept outside. */
  readonly needs?: string;
  /** The file's text, and notes to print when it is written. */
  readonly build: () => Promise<Built> | Built;
}

interface Built {
  readonly text: string;
  readonly notes?: readonly string[];
}

/** Every generator, in the order they run. To add one, add a line here. */
export const GENERATORS: readonly Generator[] = [
  { output: 'src/generated/word-classes.ts', from: 'compromise', build: () => ({ text: lexiconSource() }) },
  { output: 'src/generated/cues.ts', from: 'data/cues.ts, compromise', build: () => cueLexicon() },
  {
    output: 'src/generated/kb.sbkb',
    from: 'data/kb-hand.ts, ../shared/kb-sources, npm packages',
    needs: '../shared/kb-sources',
    build: async () => {
      const { kb, notes } = await (await import('./build-kb.mjs')).knowledgeBase();
      return { text: kb, notes };
    },
  },
  {
    output: 'src/generated/nations.ts',
    from: 'the knowledge base build (scripts/build-kb.mjs)',
    needs: '../shared/kb-sources',
    build: async () => ({ text: (await (await import('./build-kb.mjs')).knowledgeBase()).nations }),
  },
  {
    output: 'docs/rules.md',
    from: 'src/attribute/rules.ts, src/attribute/order.ts',
    build: () => ({ text: rulesDoc() }),
  },
];

/** Whether a generator can run here: its outside input, if any, is present. */
export function available(g: Generator): boolean {
  return g.needs === undefined || existsSync(join(ROOT, g.needs));
}

/** The committed text of a generated file, or null if there is none. */
export function committed(g: Generator): string | null {
  const file = join(ROOT, g.output);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

async function main(check: boolean): Promise<number> {
  const stale: string[] = [];
  for (const g of GENERATORS) {
    if (!available(g)) {
      console.log(`skipped ${g.output}: ${g.needs} is missing`);
      continue;
    }
    const { text, notes = [] } = await g.build();
    const current = committed(g) === text;
    if (check) {
      if (!current) stale.push(g.output);
      console.log(`${current ? 'current' : 'STALE  '} ${g.output} (from ${g.from})`);
      continue;
    }
    if (!current) writeFileSync(join(ROOT, g.output), text);
    console.log(`${current ? 'unchanged' : 'wrote'} ${g.output} (from ${g.from})`);
    for (const note of notes) console.log(`  ${note.replace(/\n/g, '\n  ')}`);
  }
  if (stale.length === 0) return 0;
  console.error(`out of date: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`);
  return 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.includes('--check'));
}
