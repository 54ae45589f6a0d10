/**
 * Knowledge bases in files of the compact format (`saidby kb build`, src/kb/compact.ts), for Node: loaded by path,
 * so that `extractQuotesMany`'s worker threads can load the same file by its path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseKnowledgeBase, type CompactKnowledgeBase } from '../kb/compact.js';

/** A knowledge base loaded from a file: it goes to `extractQuotes` and to `extractQuotesMany` alike. */
export interface FileKnowledgeBase extends CompactKnowledgeBase {
  /** The file's absolute path: worker threads load it from there. */
  readonly file: string;
}

/** The paths of the knowledge bases this module loaded: only those are sent to workers by path. */
const loadedHere = new WeakMap<object, string>();

/**
 * Loads a knowledge base written by `saidby kb build` (or the repository's `src/generated/kb.sbkb`). Reading is all
 * it costs: lookups search the text in place. Throws a TypeError for a path that is not a string, and the file
 * system's error or a SyntaxError for a file that cannot be read as one.
 *
 *   const knowledgeBase = loadKnowledgeBase('newsroom.sbkb');
 *   extractQuotes(text, { knowledgeBase });
 *
 * @example
 * ```ts
 * import { extractQuotes, loadKnowledgeBase } from 'saidby/node';
 *
 * // newsroom.sbkb from `saidby kb build`:
 * const kb = loadKnowledgeBase('newsroom.sbkb');
 * extractQuotes(text, { knowledgeBase: kb });
 * ```
 */
export function loadKnowledgeBase(file: string): FileKnowledgeBase {
  if (typeof file !== 'string' || file === '') {
    throw new TypeError(
      `saidby: loadKnowledgeBase(file) expects a path, got ${file === '' ? 'an empty string' : typeof file}`,
    );
  }
  const path = resolve(file);
  const kb = parseKnowledgeBase(readFileSync(path, 'utf8'));
  const loaded: FileKnowledgeBase = { name: kb.name, entities: kb.entities, lookup: kb.lookup, file: path };
  loadedHere.set(loaded, path);
  return loaded;
}

/** The path of a knowledge base from `loadKnowledgeBase`, or null for any other object. */
export function fileOf(kb: unknown): string | null {
  return typeof kb === 'object' && kb !== null ? (loadedHere.get(kb) ?? null) : null;
}

/** Each worker thread loads a file once and keeps it for every later document. */
const perThread = new Map<string, FileKnowledgeBase>();

export function loadOnce(file: string): FileKnowledgeBase {
  let kb = perThread.get(file);
  if (!kb) perThread.set(file, (kb = loadKnowledgeBase(file)));
  return kb;
}
