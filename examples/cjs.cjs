// CommonJS: who is quoted in examples/article.txt, and how often. Run: node examples/cjs.cjs [file]
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { extractQuotes } = require('saidby');

const file = process.argv[2] ?? join(__dirname, 'article.txt');
const result = extractQuotes(readFileSync(file, 'utf8'));

const counts = new Map();
for (const q of result.quotes) {
  const who = q.speaker ? q.speaker.name : '(unknown)';
  counts.set(who, (counts.get(who) ?? 0) + 1);
}
for (const [who, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${who}`);
