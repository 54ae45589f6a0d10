// A typed consumer of saidby: the result's types, narrowing on `kind`, and options checked by the compiler.
// Run from this folder: npm install && npm start (needs `npm run build` in the saidby folder first).
import { extractQuotes, type Entity, type Quote, type Result } from 'saidby';
import { extractQuotesFromHtml } from 'saidby/html';

const text = 'Mayor Ines Carver opened the library on Monday.\n"Books are for everyone," Ms Carver said.';
const result: Result = extractQuotes(text, { minConfidence: 0.5, kinds: ['direct', 'mixed'] });

// Result arrays are plain arrays (docs/result.md): they can be typed, sorted and filtered in place.
const quotes: Quote[] = result.quotes;
quotes.sort((a, b) => b.confidence - a.confidence);

function entityOf(q: Quote, entities: readonly Entity[]): Entity | undefined {
  return q.speaker?.entity ? entities.find((e) => e.id === q.speaker?.entity) : undefined;
}

for (const q of quotes) {
  const label = q.kind === 'direct' ? 'said' : 'said, in part';
  const sentence = result.sentences[q.parts[0]?.sentence ?? 0];
  console.log(`${entityOf(q, result.entities)?.name ?? '(unknown)'} ${label}: ${q.text} | ${sentence?.text ?? ''}`);
}

const page = extractQuotesFromHtml('<p>&ldquo;It works,&rdquo; said Ada Morrow.</p>');
console.log(page.quotes.map((q) => q.parts[0]?.source.start));
