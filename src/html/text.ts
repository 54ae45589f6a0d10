/**
 * The article text of a news page: htmlparser2's event stream, a plain boilerplate filter, and a map from every
 * character of the extracted text back to the HTML source it came from.
 *
 * The filter, in order:
 * 1. Whole elements dropped with all they hold: scripts, styles, templates, forms, navigation, asides, footers,
 *    media, `<head>`; `<header>` unless inside an `<article>` or `<main>`; anything `hidden`, `aria-hidden="true"`,
 *    with a navigation-like ARIA role, or whose class or id has a boilerplate word (`nav`, `share`, `related`,
 *    `cookie`, `newsletter`, `ad`, …).
 * 2. Text is gathered into blocks: each block-level element (`p`, `h1`–`h6`, `li`, `blockquote`, `pre`, `td`, `div`,
 *    …) starts a new one; `<br>` is a line break. Whitespace is collapsed as a browser would (kept in `<pre>`),
 *    character references are decoded, `<q>` gets its quotation marks.
 * 3. Blocks that are mostly link text (menus, tag lists, "read more") are dropped.
 * 4. If the page has `<article>` elements, only the blocks of the one with the most text are kept; else, if it has a
 *    `<main>` (or `role="main"`), only its blocks; else all.
 * Blocks are joined by a blank line, so each is a paragraph for `extractQuotes`.
 */
import { checkHtmlTextOptions, checkLength } from '../validate.js';
import {
  BLOCK_ELEMENTS,
  BOILERPLATE_WORDS,
  DROPPED_ELEMENTS,
  DROPPED_ROLES,
  NEVER_DROPPED_BY_NAME,
  READ_ATTRIBUTES,
} from '../words/html.js';
import { isTrimmed, SourcedChars } from './chars.js';
import { TreeBuilder, type TreeHandler } from './parse.js';

/** A stretch of the HTML source: UTF-16 code units, half-open. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export interface HtmlText {
  /** The extracted article text: paragraphs separated by a blank line. */
  readonly text: string;
  /** The HTML it came from. */
  readonly html: string;
  /**
   * Where `text.slice(start, end)` came from in `html`: from the source of its first character to the end of the
   * source of its last. A decoded reference (`&amp;`) maps to the whole reference; a collapsed run of whitespace to
   * the whole run; inserted characters (paragraph breaks, the marks of `<q>`) to an empty range where they were
   * inserted. An empty span maps to an empty range.
   */
  toSource(start: number, end: number): SourceRange;
}

/** Options of `htmlToText` (and, with those of `extractQuotes`, of `extractQuotesFromHtml`). */
export interface HtmlTextOptions {
  /**
   * The most elements kept open at once; deeper markup is flattened, not dropped (its text is kept). Default 512,
   * the depth at which browsers stop nesting.
   */
  readonly maxDepth?: number;
  /** Refuse HTML longer than this many UTF-16 code units with a RangeError, before it is parsed. */
  readonly maxLength?: number;
}

/** The nesting kept by default: Chromium's HTML parser nests no deeper. */
export const DEFAULT_MAX_DEPTH = 512;

interface Open {
  readonly name: string;
  readonly drop: boolean;
  /** Index of the outermost `<article>` this element is in, or -1. */
  readonly article: number;
  readonly main: boolean;
  readonly link: boolean;
  readonly pre: boolean;
}

/** A paragraph to be: `chars` from `from` to `to` (the current block runs to the end of `chars`). */
interface Block {
  from: number;
  to: number;
  /** Non-space characters, and those of them inside links. */
  letters: number;
  linkLetters: number;
  article: number;
  main: boolean;
}

function boilerplate(name: string, attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const role = attribs['role']?.trim().toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return true;
  if (NEVER_DROPPED_BY_NAME.has(name)) return false;
  return hasBoilerplateWord(attribs['class'] ?? '') || hasBoilerplateWord(attribs['id'] ?? '');
}

const LONGEST_BOILERPLATE_WORD = Math.max(...[...BOILERPLATE_WORDS].map((w) => w.length));

/** A lower-case ASCII letter or digit. */
const alnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Whether a class or id, lower-cased, has a boilerplate word among its runs of letters and digits: `share-bar`.
 * Read a run at a time, and only runs short enough to be one are sliced: a class of 1 MB makes no array of its
 * 200,000 words, which cost more per MB the longer the value was.
 */
function hasBoilerplateWord(value: string): boolean {
  const v = value.toLowerCase();
  let i = 0;
  while (i < v.length) {
    while (i < v.length && !alnum(v.charCodeAt(i))) i++;
    const from = i;
    while (i < v.length && alnum(v.charCodeAt(i))) i++;
    if (i > from && i - from <= LONGEST_BOILERPLATE_WORD && BOILERPLATE_WORDS.has(v.slice(from, i))) return true;
  }
  return false;
}

const NEWLINE = 10;
const CR = 13;
const SPACE = 32;
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/** Whether a code unit is whitespace that HTML collapses: space, tab, line feed, carriage return, form feed. */
const collapsible = (c: number): boolean => c === SPACE || c === 9 || c === NEWLINE || c === CR || c === 12;

/**
 * The boilerplate filter, fed by the tree builder: each element's verdict is worked out once, from the element it is
 * in, so that no event looks further up the tree than its parent.
 */
class Reader implements TreeHandler<Open> {
  readonly chars = new SourcedChars();
  readonly blocks: Block[] = [];
  private articles = 0;
  private block: Block = { from: 0, to: 0, letters: 0, linkLetters: 0, article: -1, main: false };
  /** A collapsed whitespace run waiting for the next character: its source range, or start -1 for none. */
  private spaceStart = -1;
  private spaceEnd = -1;
  readonly parser: TreeBuilder<Open>;

  constructor(
    private readonly html: string,
    maxDepth: number,
  ) {
    this.parser = new TreeBuilder(html, this, { maxDepth, attributes: READ_ATTRIBUTES });
  }

  /** Ends the current block (kept if it has letters) and starts the next, in the innermost element's article. */
  flush(): void {
    const { chars, block } = this;
    this.spaceStart = -1;
    // Trim line breaks left by <br> at the ends.
    while (chars.length > block.from && chars.at(chars.length - 1) === NEWLINE) chars.length--;
    while (block.from < chars.length && chars.at(block.from) === NEWLINE) block.from++;
    block.to = chars.length;
    if (block.letters > 0) this.blocks.push(block);
    else chars.length = block.from; // nothing kept: its room is reused
    const t = this.parser.innermost;
    const from = chars.length;
    this.block = { from, to: from, letters: 0, linkLetters: 0, article: t?.article ?? -1, main: t?.main ?? false };
  }

  /** Adds a character from `from..to` of the source. */
  private push(code: number, from: number, to: number, inLink: boolean): void {
    // Positions the parser gives for implied tags at the very end can run past the source.
    const start = Math.min(from, this.html.length);
    const end = Math.max(start, Math.min(to, this.html.length));
    this.chars.push(code, start, end);
    if (!isTrimmed(code)) {
      this.block.letters++;
      if (inLink) this.block.linkLetters++;
    }
  }

  /** A visible character: the collapsed space before it first, unless at a line start. */
  private emit(code: number, start: number, end: number, inLink: boolean): void {
    if (this.spaceStart >= 0) {
      const { chars } = this;
      if (chars.length > this.block.from && chars.at(chars.length - 1) !== NEWLINE) {
        this.push(SPACE, this.spaceStart, this.spaceEnd, inLink);
      }
      this.spaceStart = -1;
    }
    this.push(code, start, end, inLink);
  }

  onopentag(name: string, attribs: Readonly<Record<string, string>>, parent: Open | undefined): Open {
    const at = this.parser.startIndex;
    const insideArticle = (parent?.article ?? -1) >= 0 || (parent?.main ?? false);
    const drop =
      (parent?.drop ?? false) ||
      DROPPED_ELEMENTS.has(name) ||
      (name === 'header' && !insideArticle) ||
      boilerplate(name, attribs);
    const article = parent && parent.article >= 0 ? parent.article : name === 'article' && !drop ? this.articles++ : -1;
    const main = (parent?.main ?? false) || name === 'main' || attribs['role']?.trim().toLowerCase() === 'main';
    const link = (parent?.link ?? false) || name === 'a';
    const pre = (parent?.pre ?? false) || name === 'pre' || name === 'listing';
    if (!(parent?.drop ?? false) && name === 'br') {
      this.spaceStart = -1;
      if (!drop) this.push(NEWLINE, at, at, false);
    } else if (!(parent?.drop ?? false) && BLOCK_ELEMENTS.has(name)) this.flush();
    if (!drop && BLOCK_ELEMENTS.has(name)) {
      // The new block belongs to this element's article and main.
      this.block.article = article;
      this.block.main = main;
    }
    if (!drop && name === 'q') this.emit(OPEN_QUOTE, this.parser.endIndex + 1, this.parser.endIndex + 1, link);
    return { name, drop, article, main, link, pre };
  }

  onclosetag(el: Open): void {
    if (el.drop) return;
    if (el.name === 'q') {
      this.spaceStart = -1;
      this.push(CLOSE_QUOTE, this.parser.startIndex, this.parser.startIndex, el.link);
    }
    if (BLOCK_ELEMENTS.has(el.name)) this.flush();
  }

  ontext(data: string): void {
    const t = this.parser.innermost;
    if (t?.drop) return;
    const start = this.parser.startIndex;
    const end = this.parser.endIndex + 1;
    // A raw stretch maps one to one; a decoded reference maps as a whole.
    if (t?.pre) this.preformatted(data, start, end, t.link);
    else this.collapsed(data, start, end, t?.link ?? false);
  }

  /** Text in `<pre>`: kept as it is, but for `\r\n` and `\r`, which are line breaks. */
  private preformatted(data: string, start: number, end: number, inLink: boolean): void {
    const raw = end - start === data.length;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i) === CR ? NEWLINE : data.charCodeAt(i);
      // (`\r\r` is one line break, as it was with the first version of this reader.)
      if (code === NEWLINE && data.charCodeAt(i - 1) === CR) continue;
      this.push(code, raw ? start + i : start, raw ? start + i + 1 : end, inLink);
    }
  }

  /** Text elsewhere: each run of whitespace becomes one space, if something visible follows it in the block. */
  private collapsed(data: string, start: number, end: number, inLink: boolean): void {
    const raw = end - start === data.length;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      const s = raw ? start + i : start;
      const e = raw ? start + i + 1 : end;
      if (collapsible(code)) {
        if (this.spaceStart < 0) this.spaceStart = s;
        this.spaceEnd = e;
      } else this.emit(code, s, e, inLink);
    }
  }
}

/**
 * The article text of an HTML page, with a map back to the source. Never throws on a string.
 *
 * @example
 * ```ts
 * import { htmlToText } from 'saidby/html';
 *
 * const page = htmlToText('<nav>Menu</nav><article><h1>Ferry back</h1><p>It sailed at <b>nine</b>.</p></article>');
 * page.text; // 'Ferry back\n\nIt sailed at nine.'
 * page.toSource(0, 5); // { start, end } of 'Ferry' in the HTML
 * ```
 */
export function htmlToText(html: string, options: HtmlTextOptions = {}): HtmlText {
  if (typeof html !== 'string')
    throw new TypeError(`htmlToText: expected a string of HTML, got ${html === null ? 'null' : typeof html}`);
  checkHtmlTextOptions(options);
  checkLength(html, options, 'html');
  const reader = new Reader(html, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  reader.parser.run();
  reader.flush();
  const kept = chooseBlocks(reader.blocks.filter((b) => b.linkLetters * 2 <= b.letters));
  const out = new SourcedChars();
  kept.forEach((b, k) => {
    if (k > 0) {
      const at = reader.chars.starts[b.from] as number;
      out.push(NEWLINE, at, at);
      out.push(NEWLINE, at, at);
    }
    out.append(reader.chars, b.from, b.to);
  });
  const text = out.text();
  const { starts, ends } = out;
  return {
    text,
    html,
    toSource(start: number, end: number): SourceRange {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
        throw new RangeError(`toSource: ${start}..${end} is not a span of the extracted text (length ${text.length})`);
      }
      if (start === end) {
        const at = start < text.length ? (starts[start] as number) : html.length;
        return { start: at, end: at };
      }
      return { start: starts[start] as number, end: Math.max(starts[start] as number, ends[end - 1] as number) };
    },
  };
}

/** The article's blocks: those of the `<article>` with the most text, else of `<main>`, else all. */
function chooseBlocks(blocks: readonly Block[]): readonly Block[] {
  const size = new Map<number, number>();
  for (const b of blocks) if (b.article >= 0) size.set(b.article, (size.get(b.article) ?? 0) + b.letters);
  if (size.size) {
    const best = [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    return blocks.filter((b) => b.article === best);
  }
  if (blocks.some((b) => b.main)) return blocks.filter((b) => b.main);
  return blocks;
}
