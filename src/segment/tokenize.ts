import type { Token, TokenKind } from '../types.js';
import { QUOTE_CHARS } from '../quotes/marks.js';
import {
  charLength,
  elisionEnd,
  emojiEnd,
  isApostrophe,
  isDigit,
  isLineBreak,
  isSpace,
  isWordChar,
} from '../text/chars.js';

/**
 * Splits text into word, number, punctuation and quote-mark tokens with exact offsets. A quotation-mark
 * character is of kind `quote` only where the scan paired it (`marks`); an apostrophe is punctuation.
 * One left-to-right pass; every character is visited a bounded number of times.
 */
export function tokenizeText(text: string, marks: ReadonlySet<number> = ALL): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lineBefore = false;
  const n = text.length;
  while (i < n) {
    if (isSpace(text, i)) {
      if (isLineBreak(text.charCodeAt(i))) lineBefore = true;
      i++;
      continue;
    }
    const elided = elisionEnd(text, i);
    const end =
      elided > 0 ? elided : isWordChar(text, i) || startsElidedNumber(text, i) ? wordEnd(text, i) : symbolEnd(text, i);
    const s = text.slice(i, end);
    const kind = kindOf(s, s.charCodeAt(0), i, marks);
    tokens.push({ i: tokens.length, start: i, end, text: s, kind, norm: normalize(s), lineBefore });
    lineBefore = false;
    i = end;
  }
  return tokens;
}

/** `’90s`: an apostrophe that starts a number, not a quote. */
function startsElidedNumber(text: string, i: number): boolean {
  return isApostrophe(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2));
}

/** Joiners kept inside a word when a word character follows: don't, Jong-un, U.S, 3.5, 1,000. */
function isJoiner(text: string, i: number, start: number): boolean {
  const c = text.charCodeAt(i);
  if (isApostrophe(c) || c === 45 || c === 0x2010 || c === 0x2011 || c === 46 || c === 38)
    return isWordChar(text, i + 1);
  if (c === 44 || c === 58)
    return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(start));
  return false;
}

function wordEnd(text: string, start: number): number {
  let i = start + charLength(text, start);
  for (;;) {
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordChar(text, i)) {
      i += c < 128 ? 1 : charLength(text, i); // ASCII letters and digits without a call: most of every text
      continue;
    }
    if (isApostrophe(text.charCodeAt(i)) && isPossessiveS(text, i)) break;
    if (isJoiner(text, i, start)) {
      i++;
      continue;
    }
    break;
  }
  return withAbbreviationDot(text, start, i);
}

/** `'s` after a word is its own token: Russia's → Russia + 's. */
function isPossessiveS(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return (s === 115 || s === 83) && !isWordChar(text, i + 2);
}

/** `U.S.`, `a.m.`: single letters joined by dots keep their final dot. */
function withAbbreviationDot(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 46 || end - start < 3) return end;
  for (let k = start; k < end; k += 2) {
    if (!isWordChar(text, k) || (k + 1 < end && text.charCodeAt(k + 1) !== 46)) return end;
  }
  return end + 1;
}

/** Punctuation: runs of the same mark (`...`, `--`, `!!`) are one token; quote marks are always alone. */
function symbolEnd(text: string, start: number): number {
  const ch = text[start] as string;
  if (isApostrophe(text.charCodeAt(start)) && isPossessiveS(text, start) && start > 0 && isWordChar(text, start - 1)) {
    return start + 2;
  }
  const len = charLength(text, start);
  // '' : a typewriter double quote, `` : a treebank one; but ''Tis is a mark and 'Tis
  if ((ch === "'" || ch === '`') && text[start + 1] === ch && elisionEnd(text, start + 1) < 0) return start + 2;
  if (QUOTE_CHARS.has(ch)) return start + len;
  if (len === 2 || text.charCodeAt(start + 1) === 0x200d || (text.codePointAt(start + 1) ?? 0) === 0xfe0f)
    return emojiEnd(text, start);
  let i = start + 1;
  while (i < text.length && text[i] === ch) i++;
  return i;
}

const PUNCT = /^\p{P}+$/u;
const STARTS_LETTER = /^[\p{L}\p{M}]/u;
const STARTS_NUMBER = /^\p{N}/u;

/** Every offset: without a scan, any quotation-mark character counts as a mark. */
const ALL: ReadonlySet<number> = { has: () => true } as unknown as ReadonlySet<number>;

function kindOf(s: string, first: number, start: number, marks: ReadonlySet<number>): TokenKind {
  // ASCII letters and digits first, the common case: no quotation mark starts with one.
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) return 'word';
  if (first >= 48 && first <= 57) return 'number';
  if (s.length >= 2 && isApostrophe(first) && (s[1] === 's' || s[1] === 'S')) return 'word';
  if (QUOTE_CHARS.has(s) || s === "''" || s === '``') return marks.has(start) ? 'quote' : 'punct';
  if (isDigit(first) || (isApostrophe(first) && s.length > 1)) return 'number';
  if (STARTS_LETTER.test(s)) return 'word';
  if (STARTS_NUMBER.test(s)) return 'number';
  return PUNCT.test(s) ? 'punct' : 'symbol';
}

const APOSTROPHE_VARIANT = /[’ʼ′]/;
const APOSTROPHE_VARIANTS = /[’ʼ′]/g;

/**
 * A token's `norm`: lower case, apostrophes folded to `'`. Called once per token: ASCII without capitals (most
 * tokens) is its own norm, found in one pass over the characters, with no copy and no pattern match.
 */
export function normalize(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return fold(s);
  }
  return s;
}

function fold(s: string): string {
  const lower = s.toLowerCase();
  return APOSTROPHE_VARIANT.test(lower) ? lower.replace(APOSTROPHE_VARIANTS, "'") : lower;
}
