/**
 * The first HTML reader (src/html/text.ts as of 7b82aa2), kept unchanged as an oracle for the tests: it ran
 * htmlparser2's own `Parser`, whose stack made nested markup cost quadratic time, and searched its own stack for each
 * end tag. The reader that replaced it must give the same text and the same map on every page whose nesting stays
 * within `maxDepth` (test/html-property.test.ts). Not for use outside tests: a page of nested `<div>`s stalls it.
 */
import { Parser } from 'htmlparser2';
import {
  BLOCK_ELEMENTS,
  BOILERPLATE_WORDS,
  DROPPED_ELEMENTS,
  DROPPED_ROLES,
  NEVER_DROPPED_BY_NAME,
} from '../../src/words/html.js';

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

const WHITESPACE = /[ \t\n\r\f]/;

interface Open {
  readonly name: string;
  readonly drop: boolean;
  /** Index of the outermost `<article>` this element is in, or -1. */
  readonly article: number;
  readonly main: boolean;
  readonly link: boolean;
  readonly pre: boolean;
}

interface Block {
  chars: string[];
  starts: number[];
  ends: number[];
  /** Non-space characters, and those of them inside links. */
  letters: number;
  linkLetters: number;
  article: number;
  main: boolean;
}

const NON_ALNUM = /[^a-z0-9]+/;

function boilerplate(name: string, attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const role = attribs['role']?.trim().toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return true;
  if (NEVER_DROPPED_BY_NAME.has(name)) return false;
  const words = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.toLowerCase().split(NON_ALNUM);
  return words.some((w) => BOILERPLATE_WORDS.has(w));
}

/** The article text of an HTML page, with a map back to the source. Never throws on a string. */
export function firstHtmlToText(html: string): HtmlText {
  if (typeof html !== 'string')
    throw new TypeError(`htmlToText: expected a string of HTML, got ${html === null ? 'null' : typeof html}`);
  const stack: Open[] = [];
  const blocks: Block[] = [];
  let articles = 0;
  const top = (): Open | undefined => stack[stack.length - 1];
  const fresh = (): Block => {
    const t = top();
    return {
      chars: [],
      starts: [],
      ends: [],
      letters: 0,
      linkLetters: 0,
      article: t?.article ?? -1,
      main: t?.main ?? false,
    };
  };
  let block = fresh();
  /** A collapsed whitespace run waiting for the next character: its source range. */
  let pendingSpace: SourceRange | null = null;

  const flush = (): void => {
    pendingSpace = null;
    // Trim line breaks left by <br> at the ends.
    while (block.chars.length && block.chars[block.chars.length - 1] === '\n') {
      block.chars.pop();
      block.starts.pop();
      block.ends.pop();
    }
    let lead = 0;
    while (lead < block.chars.length && block.chars[lead] === '\n') lead++;
    if (lead) {
      block.chars.splice(0, lead);
      block.starts.splice(0, lead);
      block.ends.splice(0, lead);
    }
    if (block.letters > 0) blocks.push(block);
    block = fresh();
  };
  const push = (s: string, from: number, to: number, inLink: boolean): void => {
    // Positions the parser gives for implied tags at the very end can run past the source.
    const start = Math.min(from, html.length);
    const end = Math.max(start, Math.min(to, html.length));
    for (let i = 0; i < s.length; i++) {
      block.chars.push(s[i] as string);
      block.starts.push(start);
      block.ends.push(end);
    }
    const letters = s.trim().length;
    block.letters += letters;
    if (inLink) block.linkLetters += letters;
  };
  /** A visible character: the collapsed space before it first, unless at a line start. */
  const emit = (c: string, start: number, end: number, inLink: boolean): void => {
    if (pendingSpace) {
      const last = block.chars[block.chars.length - 1];
      if (last !== undefined && last !== '\n') push(' ', pendingSpace.start, pendingSpace.end, inLink);
      pendingSpace = null;
    }
    push(c, start, end, inLink);
  };
  const dropping = (): boolean => top()?.drop ?? false;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const at = parser.startIndex;
        const insideArticle = (parent?.article ?? -1) >= 0 || (parent?.main ?? false);
        const drop =
          (parent?.drop ?? false) ||
          DROPPED_ELEMENTS.has(name) ||
          (name === 'header' && !insideArticle) ||
          boilerplate(name, attribs);
        const article = parent && parent.article >= 0 ? parent.article : name === 'article' && !drop ? articles++ : -1;
        const main = (parent?.main ?? false) || name === 'main' || attribs['role']?.trim().toLowerCase() === 'main';
        const link = (parent?.link ?? false) || name === 'a';
        const pre = (parent?.pre ?? false) || name === 'pre' || name === 'listing';
        if (!(parent?.drop ?? false) && (BLOCK_ELEMENTS.has(name) || name === 'br')) {
          if (name === 'br') {
            pendingSpace = null;
            if (!drop) push('\n', at, at, false);
          } else flush();
        }
        stack.push({ name, drop, article, main, link, pre });
        if (!drop && BLOCK_ELEMENTS.has(name)) {
          // The new block belongs to this element's article and main.
          block.article = article;
          block.main = main;
        }
        if (!drop && name === 'q') emit('“', parser.endIndex + 1, parser.endIndex + 1, link);
      },
      onclosetag(name) {
        let i = stack.length - 1;
        while (i >= 0 && (stack[i] as Open).name !== name) i--;
        if (i < 0) return;
        while (stack.length > i) {
          const el = stack.pop() as Open;
          if (el.drop) continue;
          if (el.name === 'q') {
            pendingSpace = null;
            push('”', parser.startIndex, parser.startIndex, el.link);
          }
          if (BLOCK_ELEMENTS.has(el.name)) flush();
        }
      },
      ontext(data) {
        if (dropping()) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const t = top();
        const inLink = t?.link ?? false;
        // A raw stretch maps one to one; a decoded reference maps as a whole.
        const raw = end - start === data.length;
        if (t?.pre) {
          for (let i = 0; i < data.length; i++) {
            const c = data[i] === '\r' ? '\n' : (data[i] as string);
            if (c === '\n' && data[i - 1] === '\r') continue;
            push(c, raw ? start + i : start, raw ? start + i + 1 : end, inLink);
          }
          return;
        }
        for (let i = 0; i < data.length; i++) {
          const c = data[i] as string;
          const s = raw ? start + i : start;
          const e = raw ? start + i + 1 : end;
          if (WHITESPACE.test(c)) {
            if (pendingSpace) pendingSpace = { start: pendingSpace.start, end: e };
            else pendingSpace = { start: s, end: e };
            continue;
          }
          emit(c, s, e, inLink);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();

  const kept = chooseBlocks(blocks.filter((b) => b.linkLetters * 2 <= b.letters));
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  kept.forEach((b, k) => {
    if (k > 0) {
      const at = b.starts[0] ?? 0;
      chars.push('\n', '\n');
      starts.push(at, at);
      ends.push(at, at);
    }
    for (let i = 0; i < b.chars.length; i++) {
      chars.push(b.chars[i] as string);
      starts.push(b.starts[i] as number);
      ends.push(b.ends[i] as number);
    }
  });
  const text = chars.join('');
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
