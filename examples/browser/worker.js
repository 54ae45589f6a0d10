// The Web Worker: saidby runs here, off the page's main thread, so the page never blocks while it reads.
// The import is of the built package's ESM file, which loads in a browser as it is; with a bundler (Vite, esbuild,
// webpack) write `import { extractQuotes } from 'saidby'` instead.
import { extractQuotes } from '../../dist/index.js';

self.addEventListener('message', (event) => {
  const { id, text } = event.data;
  try {
    const t0 = performance.now();
    const result = extractQuotes(text);
    // Only what the page shows crosses back: the tokens would be most of the message.
    const quotes = result.quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));
    self.postMessage({ id, quotes, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
