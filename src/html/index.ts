/**
 * saidby/html: quotes from a news page's HTML.
 *
 *   import { extractQuotesFromHtml } from 'saidby/html';
 *   const result = extractQuotesFromHtml(pageHtml);
 *   result.quotes[0].parts[0].text;            // in the extracted text: result.text.slice(start, end)
 *   result.quotes[0].parts[0].source;          // { start, end } in the HTML: pageHtml.slice(source.start, source.end)
 *
 * A subpath of its own so that the main entry (and a browser bundle of it) does not carry the HTML parser.
 */
import { extractQuotes } from '../pipeline.js';
import { checkOptions } from '../validate.js';
import type {
  Cue,
  Entity,
  ExtractOptions,
  Mention,
  Quote,
  Result,
  Sentence,
  Span,
  Speaker,
  Token,
  TokenSpan,
  Warning,
} from '../types.js';
import { htmlToText, type SourceRange } from './text.js';

export { htmlToText };
export type { HtmlText, SourceRange } from './text.js';

/** A span with where it came from in the HTML source. */
export interface Sourced {
  readonly source: SourceRange;
}

export interface HtmlQuote extends Quote {
  readonly parts: (TokenSpan & Sourced)[];
  readonly cue: (Cue & Sourced) | null;
  readonly speaker: (Speaker & { readonly mention: TokenSpan & Sourced }) | null;
}

export interface HtmlEntity extends Entity {
  readonly mentions: (Mention & Sourced)[];
}

/** A `Result` on the extracted text, every span also placed in the HTML (`source`), and the HTML itself. */
export interface HtmlResult extends Result {
  readonly html: string;
  readonly quotes: HtmlQuote[];
  readonly entities: HtmlEntity[];
  readonly tokens: (Token & Sourced)[];
  readonly sentences: (Sentence & Sourced)[];
  readonly paragraphs: (Span & Sourced)[];
  readonly warnings: (Warning & Sourced)[];
}

/**
 * The quotes of a news page: its article text is taken out of the HTML (see `htmlToText`), `extractQuotes` runs on
 * it, and every span gets `source: { start, end }`, its place in `html`, beside its offsets in `result.text`.
 */
export function extractQuotesFromHtml(html: string, options: ExtractOptions = {}): HtmlResult {
  if (typeof html !== 'string') {
    throw new TypeError(
      `saidby: extractQuotesFromHtml(html) expects html to be a string, got ${html === null ? 'null' : typeof html}`,
    );
  }
  checkOptions(options); // before the page is parsed: a bad option costs nothing
  const page = htmlToText(html);
  const result = extractQuotes(page.text, options);
  const at = <T extends { readonly start: number; readonly end: number }>(s: T): T & Sourced => ({
    ...s,
    source: page.toSource(s.start, s.end),
  });
  return {
    ...result,
    html,
    tokens: result.tokens.map(at),
    sentences: result.sentences.map(at),
    paragraphs: result.paragraphs.map(at),
    warnings: result.warnings.map(at),
    quotes: result.quotes.map((q) => ({
      ...q,
      parts: q.parts.map(at),
      cue: q.cue ? at(q.cue) : null,
      speaker: q.speaker ? { ...q.speaker, mention: at(q.speaker.mention) } : null,
    })),
    entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.map(at) })),
  };
}
