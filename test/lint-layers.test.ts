// The lint rule that keeps imports running down the floors of src/ (eslint-rules/layers.js), on made-up imports.
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module without declarations
import layers from '../eslint-rules/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

const options = [
  {
    floors: [['types', 'text'], ['doc'], ['mentions'], ['attribute'], ['index', 'node', 'cli']],
    apart: [
      ['node', 'cli'],
      ['attribute/sieves', 'attribute/reported'],
    ],
    allow: { 'doc/flags.ts': ['mentions/words.ts'] },
  },
];
const at = (file: string): string => join(process.cwd(), 'src', file);

const ok = (file: string, code: string) => ({ filename: at(file), code, options });
const bad = (file: string, code: string, messageId: string) => ({ ...ok(file, code), errors: [{ messageId }] });

tester.run('saidby/layers', layers, {
  valid: [
    ok('mentions/names.ts', "import { norm } from '../doc/doc.js';"),
    ok('mentions/names.ts', "import { nationOf } from './nation.js';"),
    ok('doc/doc.ts', "import type { Token } from '../types.js';"),
    ok('cli/main.ts', "import { createPool } from '../node/pool.js';"),
    ok('node.ts', "export * from './index.js';"),
    ok('doc/flags.ts', "import { DEMONYMS } from '../mentions/words.js';"),
    ok('attribute/sieves/after.ts', "import type { Draft } from '../candidate.js';"),
    ok('mentions/names.ts', "import { Parser } from 'htmlparser2';"),
  ],
  invalid: [
    bad('doc/doc.ts', "import type { Phrase } from '../mentions/phrase.js';", 'up'),
    bad('types.ts', "export type { Doc } from './doc/doc.js';", 'up'),
    bad('mentions/x.ts', "const m = import('../attribute/index.js');", 'up'),
    bad('node/worker.ts', "import { processLines } from '../cli/jsonl.js';", 'apart'),
    bad('attribute/sieves/split.ts', "import { tagFrame } from '../reported/tag.js';", 'apart'),
    bad('probe/x.ts', 'export const x = 1;', 'nowhere'),
    bad('doc/flags.ts', 'export const F = 1;', 'stale'),
  ],
});
