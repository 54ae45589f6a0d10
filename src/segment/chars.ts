/** Character classes for the scanners. ASCII by table, the rest by Unicode property. */

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u200b]/u;

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
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
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
