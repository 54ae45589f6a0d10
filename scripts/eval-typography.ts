// The metamorphic test of typography over whole gold sets: each article is run as it is and in five other
// typographies (straight ↔ curly marks, British single marks, paragraph breaks collapsed, hard-wrapped at 72, CRLF),
// and the agreement of each transform's quotes (kind, words, speaker name) with the untransformed ones is printed.
// Usage: npm run eval:typography [-- ../shared/gold/bbc-dev.jsonl ../shared/gold/polnear-dev.jsonl] [-- --diff NAME]
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/index.js';
import { agreement, percent, quoteKeys, TRANSFORMS, type Agreement } from '../test/helpers/typography.js';

const args = process.argv.slice(2);
const diffAt = args.indexOf('--diff');
const diff = diffAt >= 0 ? args[diffAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (diffAt < 0 || i !== diffAt + 1));
const sets = files.length ? files : ['../shared/gold/bbc-dev.jsonl', '../shared/gold/polnear-dev.jsonl'];

interface GoldDoc {
  readonly id: string;
  readonly text: string;
}

function readSet(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
}

const header = ['set', 'docs', 'quotes', ...TRANSFORMS.map(([name]) => name)];
console.log(header.join('\t'));
for (const file of sets) {
  const docs = readSet(file);
  const totals = new Map<string, Agreement>(
    TRANSFORMS.map(([name]) => [name, { matched: 0, original: 0, transformed: 0 }]),
  );
  let quotes = 0;
  for (const doc of docs) {
    const base = quoteKeys(extractQuotes(doc.text));
    quotes += base.length;
    for (const [name, transform] of TRANSFORMS) {
      const keys = quoteKeys(extractQuotes(transform(doc.text)));
      const a = agreement(base, keys);
      const t = totals.get(name)!;
      totals.set(name, {
        matched: t.matched + a.matched,
        original: t.original + a.original,
        transformed: t.transformed + a.transformed,
      });
      if (name === diff) showDiff(doc.id, base, keys);
    }
  }
  const name = file.replace(/^.*\//u, '').replace(/\.jsonl$/u, '');
  const cells = TRANSFORMS.map(([t]) => percent(totals.get(t)!).toFixed(1));
  console.log([name, docs.length, quotes, ...cells].join('\t'));
}
console.log('agreement: 2 x quotes in common / (quotes untransformed + quotes transformed), in percent');

/** The quotes one run finds and the other does not, for `--diff TRANSFORM`. */
function showDiff(id: string, base: readonly string[], keys: readonly string[]): void {
  const only = (a: readonly string[], b: readonly string[]): string[] => {
    const left = [...b];
    return a.filter((k) => {
      const i = left.indexOf(k);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  for (const k of only(base, keys)) console.error(`${id}\t- ${k.slice(0, 160)}`);
  for (const k of only(keys, base)) console.error(`${id}\t+ ${k.slice(0, 160)}`);
}
