/**
 * A page that calls only `extractQuotes`, for the bundle-size figure of docs/demo.md: what the core costs a web page
 * that links nothing (the knowledge base is a separate import, saidby/kb). Built by scripts/build-demo.mjs.
 */
import { extractQuotes } from '../src/index.js';

const result = extractQuotes(document.body.textContent ?? '');
document.body.dataset['quotes'] = String(result.quotes.length);
