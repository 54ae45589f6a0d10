// A web page: the quotes of examples/page.html, with each one's place in the HTML source.
// Run: node examples/html.mjs [page.html]
import { readFileSync } from 'node:fs';
import { extractQuotesFromHtml } from 'saidby/html';

const file = process.argv[2] ?? new URL('page.html', import.meta.url);
const html = readFileSync(file, 'utf8');
const result = extractQuotesFromHtml(html);

for (const q of result.quotes) {
  const first = q.parts[0];
  // Every span has `source`: its offsets in the HTML, for highlighting the original page.
  console.log(`${q.speaker?.name ?? '(unknown)'}: ${q.text}  [html ${first.source.start}-${first.source.end}]`);
}
