/**
 * saidby: who said what in English news text.
 *
 * ```ts
 * import { extractQuotes } from 'saidby';
 * const result = extractQuotes(articleText);
 * ```
 *
 * @module saidby
 */
export { extractQuotes, tokenize } from './pipeline.js';
export { combineKnowledgeBases, createKnowledgeBase } from './kb/custom.js';
export { defaultKnowledgeBase } from './kb/default.js';
export type * from './types.js';
