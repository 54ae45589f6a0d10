/**
 * The demo's Web Worker: saidby runs here, off the page's main thread, so the page keeps answering while a long
 * article is read (the first run alone, loading the lexicon and the knowledge base, takes most of a second).
 * Built by scripts/build-demo.mjs into the page's script, started from a blob: URL, so the page also works from disk.
 */
import { extractQuotesFromHtml } from '../src/html/index.js';
import { extractQuotes } from '../src/index.js';
// The knowledge base is an explicit import in a browser: the core does not carry it (docs/knowledge-base.md).
import { bundledKnowledgeBase } from '../src/kb/bundled.js';
import type { KnowledgeBase } from '../src/types.js';
import { renderEntityList, renderQuoteTable, renderText } from '../src/render/index.js';
import type { DemoAnswer, DemoRequest } from './protocol.js';

/** The worker's own global: `postMessage` takes one argument here, not a window's two. */
const scope = self as unknown as {
  postMessage(answer: DemoAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DemoRequest>) => void): void;
};

let knowledgeBase: KnowledgeBase | undefined;

function answer({ id, text, html }: DemoRequest): DemoAnswer {
  const t0 = performance.now();
  knowledgeBase ??= bundledKnowledgeBase();
  const options = { knowledgeBase };
  // An HTML page is drawn as its extracted article text.
  const result = html ? extractQuotesFromHtml(text, options) : extractQuotes(text, options);
  const ms = performance.now() - t0;
  return {
    id,
    // renderText and the tables escape every piece of the input: their markup is safe to insert.
    rendered: renderText(result),
    quotes: renderQuoteTable(result),
    entities: renderEntityList(result),
    quoteCount: result.quotes.length,
    entityCount: result.entities.length,
    ms,
  };
}

scope.addEventListener('message', ({ data }) => {
  try {
    scope.postMessage(answer(data));
  } catch (err) {
    scope.postMessage({ id: data.id, error: err instanceof Error ? err.message : String(err) });
  }
});
