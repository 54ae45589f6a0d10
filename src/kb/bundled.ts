/**
 * saidby/kb: the bundled knowledge base, carried in the bundle, for where the library cannot read it from disk (a
 * browser). In Node, `extractQuotes` reads it by itself on first use; this entry is for web pages:
 *
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { bundledKnowledgeBase } from 'saidby/kb';
 * extractQuotes(text, { knowledgeBase: bundledKnowledgeBase() });
 * ```
 *
 * It adds about 1.1 MB gzipped to a page; the text is searched in place, so loading it costs no parse.
 *
 * @module saidby/kb
 */
import type { KnowledgeBase } from '../types.js';
import KB_TEXT from '../generated/kb.sbkb';
import { parseKnowledgeBase } from './compact.js';

let kb: KnowledgeBase | null = null;

/**
 * The bundled knowledge base (the one `extractQuotes` uses by default in Node), read once.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidby';
 * import { bundledKnowledgeBase } from 'saidby/kb';
 *
 * // In a browser (or a worker), where the core cannot read the knowledge base from disk:
 * extractQuotes(text, { knowledgeBase: bundledKnowledgeBase() });
 * ```
 */
export function bundledKnowledgeBase(): KnowledgeBase {
  kb ??= parseKnowledgeBase(KB_TEXT, 'saidby-default');
  return kb;
}

export { parseKnowledgeBase } from './compact.js';
export type { CompactKnowledgeBase } from './compact.js';
