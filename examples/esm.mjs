// ESM: the quotes of examples/article.txt, one line each. Run: node examples/esm.mjs [file]
// In your own project the import is the same: `import { extractQuotes } from 'saidby'`.
import { readFileSync } from 'node:fs';
import { extractQuotes } from 'saidby';

const file = process.argv[2] ?? new URL('article.txt', import.meta.url);
const result = extractQuotes(readFileSync(file, 'utf8'), { minConfidence: 0.5 });

for (const q of result.quotes) {
  const who = q.speaker?.name ?? '(unknown)';
  const link = q.speaker?.entity ? result.entities.find((e) => e.id === q.speaker.entity)?.link?.id : undefined;
  console.log(`${who}${link ? ` [${link}]` : ''} (${q.cue?.text ?? '-'}) ${q.kind}: ${q.text}`);
}
console.log(`${result.quotes.length} quotes, ${result.entities.length} entities`);
