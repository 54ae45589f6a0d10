/**
 * saidby/node: everything from `saidby`, plus `extractQuotesMany` for many documents in worker threads and
 * `loadKnowledgeBase` for knowledge bases built by `saidby kb build`.
 * Node only (worker_threads); the main entry runs anywhere.
 *
 * ```ts
 * import { extractQuotesMany } from 'saidby/node';
 * ```
 *
 * @module saidby/node
 */
export * from './index.js';
export { createQuotePool, extractQuotesMany } from './node/many.js';
export type {
  ManyDocument,
  ManyError,
  ManyInput,
  ManyOptions,
  ManyOutcome,
  ManyResult,
  QuotePool,
} from './node/many.js';
export type { ResultField } from './node/fields.js';
export { loadKnowledgeBase } from './node/kb-file.js';
export type { FileKnowledgeBase } from './node/kb-file.js';
export type { CompactKnowledgeBase } from './kb/compact.js';
