// Many documents in worker threads with saidby/node: a JSONL file of {"id", "text"} lines (or made-up articles when
// no file is given), results in input order, memory bounded. Run: node examples/many.mjs [corpus.jsonl]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractQuotesMany } from 'saidby/node';

async function* fromJsonl(file) {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line);
  }
}

function* madeUp(n) {
  const names = ['Ada Morrow', 'Jonas Pell', 'Rita Okafor', 'Tobias Lind'];
  for (let i = 0; i < n; i++) {
    const who = names[i % names.length];
    yield { id: `doc-${i}`, text: `${who} spoke in Harlow on Tuesday.\n"We start on day ${i + 1}," ${who} said.` };
  }
}

const inputs = process.argv[2] ? fromJsonl(process.argv[2]) : madeUp(40);
let docs = 0;
let quotes = 0;
for await (const r of extractQuotesMany(inputs, { workers: 2 })) {
  if (r.error !== undefined) {
    console.error(`${r.id ?? r.index}: ${r.error}`);
    continue;
  }
  docs++;
  quotes += r.quotes.length;
  if (r.index < 3) console.log(`${r.id}: ${r.quotes.map((q) => `${q.speaker?.name}: ${q.text}`).join(' | ')}`);
}
console.log(`${docs} documents, ${quotes} quotes`);
