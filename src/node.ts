/**
 * saidby/node: everything from `saidby`, plus `extractQuotesMany` for many documents in worker threads.
 * Node only (worker_threads); the main entry runs anywhere.
 *
 *   import { extractQuotesMany } from 'saidby/node';
 */
export * from './index.js';
export { extractQuotesMany } from './node/many.js';
export type { ManyError, ManyInput, ManyOptions, ManyOutcome, ManyResult } from './node/many.js';
