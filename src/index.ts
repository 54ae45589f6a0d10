/**
 * saidby: who said what in English news text.
 *
 *   import { extractQuotes } from 'saidby';
 *   const result = extractQuotes(articleText);
 */
export { extractQuotes, tokenize } from './pipeline.js';
export type * from './types.js';
