/**
 * saidby/html: quotes from a news page's HTML.
 *
 * ```ts
 * import { extractQuotesFromHtml } from 'saidby/html';
 * const result = extractQuotesFromHtml(pageHtml);
 * result.quotes[0].parts[0].text;            // in the extracted text: result.text.slice(start, end)
 * result.quotes[0].parts[0].source;          // { start, end } in the HTML: pageHtml.slice(source.start, source.end)
 * ```
 *
 * A subpath of its own so that the main entry (and a browser bundle of it) does not carry the HTML parser.
 *
 * @module saidby/html
 */
import { extractQuotes } from '../pipeline.js';
import { checkOptions, HTML_OPTION_NAMES } from '../validate.js';
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
import { htmlToText, type HtmlTextOptions, type SourceRange } from './text.js';

export { DEFAULT_MAX_DEPTH, htmlToText } from './text.js';
export type { HtmlText, HtmlTextOptions, SourceRange } from './text.js';

/** The options of `extractQuotes`, and `maxDepth`, the nesting of the page that is kept (see `htmlToText`). */
export interface HtmlOptions extends ExtractOptions, HtmlTextOptions {}

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
 * `options.maxLength` refuses a page longer than that (a RangeError) before it is parsed.
 *
 * @example
 * ```ts
 * import { extractQuotesFromHtml } from 'saidby/html';
 *
 * const html = '<nav>Home</nav><p>&ldquo;It works,&rdquo; said Ada Morrow.</p>';
 * const part = extractQuotesFromHtml(html).quotes[0]?.parts[0];
 * part?.text; // 'It works,'
 * html.slice(part?.source.start, part?.source.end); // 'It works,'
 * ```
 */
export function extractQuotesFromHtml(html: string, options: HtmlOptions = {}): HtmlResult {
  if (typeof html !== 'string') {
    throw new TypeError(
      `saidby: extractQuotesFromHtml(html) expects html to be a string, got ${html === null ? 'null' : typeof html}`,
    );
  }
  checkOptions(options, HTML_OPTION_NAMES); // before the page is parsed: a bad option costs nothing
  const { maxDepth, ...extract } = options;
  const page = htmlToText(html, {
    ...(maxDepth === undefined ? {} : { maxDepth }),
    ...(extract.maxLength === undefined ? {} : { maxLength: extract.maxLength }),
  });
  const result = extractQuotes(page.text, extract);
  const source = (s: { readonly start: number; readonly end: number }): SourceRange => page.toSource(s.start, s.end);
  const at = <T extends { readonly start: number; readonly end: number }>(s: T): T & Sourced => ({
    ...s,
    source: source(s),
  });
  // Tokens, sentences and paragraphs are most of the spans (a 1 MB page has some 200,000 tokens), and an object
  // spread of each cost three times as much as the rest of the mapping: they are written out field by field, in
  // the order extractQuotes gives them, so that the JSON reads the same.
  return {
    ...result,
    html,
    tokens: result.tokens.map((t) => ({
      i: t.i,
      start: t.start,
      end: t.end,
      text: t.text,
      kind: t.kind,
      norm: t.norm,
      lineBefore: t.lineBefore,
      source: source(t),
    })),
    sentences: result.sentences.map((x) => ({
      start: x.start,
      end: x.end,
      text: x.text,
      tokenStart: x.tokenStart,
      tokenEnd: x.tokenEnd,
      paragraph: x.paragraph,
      source: source(x),
    })),
    paragraphs: result.paragraphs.map((p) => ({ start: p.start, end: p.end, text: p.text, source: source(p) })),
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
