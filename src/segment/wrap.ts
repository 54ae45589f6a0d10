import type { Token } from '../types.js';
import { isLineBreak, isSpace } from '../text/chars.js';
import { SENTENCE_CLOSERS, SENTENCE_END_CHARS } from '../words/punctuation.js';

/**
 * Hard-wrapped text (wire copy, e-mail, text taken from PDFs) breaks its lines at a fixed width, so a single line
 * break there is not a paragraph. Returns a copy of `text` of the same length where such soft breaks are spaces, so
 * that every offset still points at the same character; text that is not wrapped comes back as it is.
 *
 * Single line breaks also separate real paragraphs (`…in May.\nThe mayor…`), so the two are told apart by the text:
 * - the text is wrapped when most of its lines that another line follows are nearly full, at one width between
 *   WRAP_MIN and WRAP_MAX (the longest such line);
 * - in wrapped text, a break is real when the next line's first word would have fitted on the line and the line ends
 *   a sentence or is short (`Harbour plan approved\n`); otherwise the wrapper made it.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = linesOf(text);
  const width = wrapWidth(lines);
  if (width === 0) return text;
  let out = text;
  const chars: string[] = [];
  let copied = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k] as Line;
    const b = lines[k + 1] as Line;
    if (!isSoftBreak(text, a, b, width)) continue;
    chars.push(text.slice(copied, a.contentEnd), ' '.repeat(b.start - a.contentEnd));
    copied = b.start;
  }
  if (copied > 0) out = chars.join('') + text.slice(copied);
  return out;
}

/** Wrapped text is at least this wide: narrower lines are lists, verse or headings. */
const WRAP_MIN = 50;
/** Lines wider than this are paragraphs, not wrapped lines. */
const WRAP_MAX = 120;
/** A line this close to the width is full: the wrapper broke it. */
const FULL_SLACK = 25;
/** Wrapped text has at least this many full lines, and they are at least this share of the lines followed by one. */
const MIN_FULL_LINES = 3;
const MIN_FULL_SHARE = 0.6;
/** A line shorter than this share of the width that the next word would have fitted on ends where its author chose. */
const SHORT_LINE = 0.6;

interface Line {
  /** Offset of the first non-space character (or of the line end when blank). */
  readonly start: number;
  /** Offset just after the last non-space character. */
  readonly contentEnd: number;
  /** Length of the first word. */
  readonly firstWord: number;
}

const length = (l: Line): number => l.contentEnd - l.start;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let start = from;
    while (start < end && isSpace(text, start)) start++;
    let contentEnd = end;
    while (contentEnd > start && isSpace(text, contentEnd - 1)) contentEnd--;
    let w = start;
    while (w < contentEnd && !isSpace(text, w)) w++;
    lines.push({ start, contentEnd, firstWord: w - start });
    from = end + 1;
  }
  return lines;
}

/** The width text was wrapped at, or 0 when it does not look wrapped. */
function wrapWidth(lines: readonly Line[]): number {
  let width = 0;
  let followed = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const n = length(lines[k] as Line);
    if (n === 0 || length(lines[k + 1] as Line) === 0) continue;
    if (n > WRAP_MAX) return 0; // one unwrapped paragraph followed by another: lines are paragraphs here
    followed++;
    if (n > width) width = n;
  }
  if (width < WRAP_MIN) return 0;
  let full = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const n = length(lines[k] as Line);
    if (n >= width - FULL_SLACK && length(lines[k + 1] as Line) > 0) full++;
  }
  return full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * followed ? width : 0;
}

function isSoftBreak(text: string, a: Line, b: Line, width: number): boolean {
  if (length(a) === 0 || length(b) === 0) return false;
  const fits = length(a) + 1 + b.firstWord <= width;
  return !(fits && (endsSentence(text, a) || length(a) < SHORT_LINE * width));
}

/** The line ends a sentence: `…in May.`, `…in May."`, `…in May.)`. */
function endsSentence(text: string, line: Line): boolean {
  let k = line.contentEnd - 1;
  while (k > line.start && SENTENCE_CLOSERS.has(text[k] as string)) k--;
  return SENTENCE_END_CHARS.has(text[k] as string);
}

/**
 * The tokens as users see them: `lineBefore` says whether a line break comes before a token in `text`, wrapped or
 * not. Inside, a soft break of wrapped text is no paragraph break, so there it was left false; the same array comes
 * back when no token differs.
 */
export function withLineBreaks(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineBefore || !breaksLine(text, (tokens[i - 1] as Token).end, t.start)) continue;
    out ??= tokens.slice();
    out[i] = { ...t, lineBefore: true };
  }
  return out ?? tokens;
}

function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}
