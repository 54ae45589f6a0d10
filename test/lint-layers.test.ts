// The lint rule that keeps imports running down the floors of src/ (eslint-rules/layers.js), on made-up imports.
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module without declarations
import layers from '../eslint-rules/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });

const options = [{
  floors: [['types', 'text'], ['doc'], ['mentions'], ['attribute'], ['index', 'node', 'cli']],
  apart: [['node', 'cli'], ['attribute/sieves', 'attribute/reported']],
  allow: { 'doc/flags.ts': ['mentions/words.ts'] },
}];
const at = (file: string): string => join(process.cwd(), 'src', file);

tester.run('saidby/layers', layers, {
  valid: [
    { filename: at('mentions/names.ts'), code: "import { norm } from '../doc/doc.js';", options },
    { filename: at('mentions/names.ts'), code: "import { nationOf } from './nation.js';", options },
    { filename: at('doc/doc.ts'), code: "import type { Token } from '../types.js';", options },
    { filename: at('cli/main.ts'), code: "import { createPool } from '../node/pool.js';", options },
    { filename: at('node.ts'), code: "export * from './index.js';", options },
    { filename: at('doc/flags.ts'), code: "import { DEMONYMS } from '../mentions/words.js';", options },
    { filename: at('attribute/sieves/after.ts'), code: "import type { Draft } from '../candidate.js';", options },
    { filename: at('mentions/names.ts'), code: "import { Piscina } from 'piscina';", options },
  ],
  invalid: [
    { filename: at('doc/doc.ts'), code: "import type { Phrase } from '../mentions/phrase.js';", options, errors: [{ messageId: 'up' }] },
    { filename: at('types.ts'), code: "export type { Doc } from './doc/doc.js';", options, errors: [{ messageId: 'up' }] },
    { filename: at('node/worker.ts'), code: "import { processLines } from '../cli/jsonl.js';", options, errors: [{ messageId: 'apart' }] },
    { filename: at('attribute/sieves/split.ts'), code: "import { tagFrame } from '../reported/tag.js';", options, errors: [{ messageId: 'apart' }] },
    { filename: at('mentions/x.ts'), code: "const m = import('../attribute/index.js');", options, errors: [{ messageId: 'up' }] },
    { filename: at('probe/x.ts'), code: 'export const x = 1;', options, errors: [{ messageId: 'nowhere' }] },
    { filename: at('doc/flags.ts'), code: 'export const F = 1;', options, errors: [{ messageId: 'stale' }] },
  ],
});
