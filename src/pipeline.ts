import type { ExtractOptions, Result, Tokenization } from './types.js';
import { segment } from './segment/index.js';
import { analyze } from './analyze.js';
import { findNames } from './mentions/names.js';
import { indexNames } from './attribute/np.js';
import { attribute } from './attribute/index.js';
import { resolveEntities } from './entities/index.js';
import { assemble } from './assemble/result.js';
import { checkOptions, checkText } from './validate.js';

/** Tokens, sentences and paragraphs with exact offsets: the same ones `extractQuotes` uses. */
export function tokenize(text: string): Tokenization {
  checkText(text, 'tokenize');
  const { tokens, sentences, paragraphs } = segment(text);
  return { tokens, sentences, paragraphs };
}

/** Every quotation in `text`, with its cue, speaker and the entities it refers to. */
export function extractQuotes(text: string, options: ExtractOptions = {}): Result {
  checkText(text, 'extractQuotes');
  checkOptions(options);
  const doc = analyze(text, segment(text));   // tokens, sentences, quotation marks, word classes
  const names = findNames(doc);                // name mentions with titles
  const drafts = attribute(doc, indexNames(names), options); // quotations with cue and speaker, by sieves
  const resolved = resolveEntities(doc, names, drafts, options.knowledgeBase); // entities, speakers, links
  return assemble(doc, drafts, resolved, options);
}
