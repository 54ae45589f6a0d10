/** Character classes for the scanners. ASCII by table, the rest by Unicode property. */

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u0085\u200b]/u;

/** Is the code point at `i` a letter, digit or combining mark? */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff && WORDISH.test(String.fromCodePoint(cp));
  }
  return WORDISH.test(text[i] as string);
}

export function isSpace(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * `s` in lower case, without a copy when it already is: `toLowerCase` returns a fresh string even then, and this
 * runs once or more per token.
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** No lower-case letter in `s` (`NATO`, `U.S.`, `ÉTÉ`), checked without making an upper-case copy for ASCII. */
export function hasNoLower(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Apostrophes: straight, right single mark, modifier letter, prime. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc || c === 0x2032;
}

/** Length in code units of the code point at `i` (2 for a valid surrogate pair, else 1). */
export function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Words that start with an apostrophe standing for dropped letters: 'til, 'em, 'cause. Never a quotation mark. */
const ELISIONS = ['til', 'em', 'cause', 'cos', 'tis', 'twas', 'bout', 'round', 'kay', 'nother', 'sup'];

/** Does an elided word start at i (an apostrophe, then one of ELISIONS, then a non-letter)? Returns its end or -1. */
export function elisionEnd(text: string, i: number): number {
  if (!isApostrophe(text.charCodeAt(i))) return -1;
  for (const w of ELISIONS) {
    const end = i + 1 + w.length;
    if (isAsciiWordAt(text, i + 1, w) && !isWordChar(text, end)) return end;
  }
  return -1;
}

/** `text` holds the lower-case ASCII word `w` at `at`, in any case (without copying it). */
function isAsciiWordAt(text: string, at: number, w: string): boolean {
  if (at + w.length > text.length) return false;
  for (let k = 0; k < w.length; k++) {
    if ((text.charCodeAt(at + k) | 0x20) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** Code points that attach to the one before them in an emoji sequence: modifiers, selectors, keycaps, tags. */
function isEmojiExtender(cp: number): boolean {
  return (
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    cp === 0xfe0e ||
    cp === 0xfe0f ||
    cp === 0x20e3 ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** End of an emoji sequence starting at i: skin tones, ZWJ joins and flag pairs stay one token. */
export function emojiEnd(text: string, i: number): number {
  const first = text.codePointAt(i) ?? 0;
  let end = i + charLength(text, i);
  if (isRegionalIndicator(first) && isRegionalIndicator(text.codePointAt(end) ?? 0)) return end + charLength(text, end);
  for (;;) {
    const cp = text.codePointAt(end) ?? 0;
    if (end < text.length && isEmojiExtender(cp)) {
      end += charLength(text, end);
      continue;
    }
    if (cp === 0x200d && end + 1 < text.length && !isSpace(text, end + 1)) {
      end += 1 + charLength(text, end + 1);
      continue;
    }
    return end;
  }
}
