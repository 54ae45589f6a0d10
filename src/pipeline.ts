import type { ExtractOptions, Result, Tokenization } from './types.js';
import { segment } from './segment/index.js';
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
  const seg = segment(text);
  return { text, tokens: seg.tokens, sentences: seg.sentences, paragraphs: seg.paragraphs, quotes: [], entities: [], warnings: [...seg.warnings] };
}
