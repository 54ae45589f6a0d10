/**
 * The metamorphic test of typography: the same article set in another newsroom's typography must give the same quotes
 * with the same speakers. These are the transforms and the agreement measure; `test/typography.test.ts` runs them on a
 * sample and `scripts/eval-typography.ts` on the whole dev sets.
 */
import type { Result } from '../../src/types.js';

export type Transform = (text: string) => string;

const WORD = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{—–-]/u;

const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
/** A mark here opens a quotation: at the start, or after a space, a bracket, a dash or another mark. */
const opensHere = (text: string, i: number): boolean => {
  const before = text[i - 1];
  return before === undefined || OPEN_CONTEXT.test(before) || '"\'“‘'.includes(before);
};

/**
 * Straight marks to curly ones, as a word processor sets them; an apostrophe inside a word becomes `’`, and the
 * typewriter pair `''` a double mark.
 */
export function toCurly(input: string): string {
  const text = input.replaceAll("''", '"');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') out += opensHere(text, i) ? '“' : '”';
    else if (ch === "'") out += opensHere(text, i) && isWord(text[i + 1]) ? '‘' : '’';
    else out += ch;
  }
  return out;
}

/** Curly marks to straight ones, as typed on a keyboard. */
export function toStraight(text: string): string {
  return text.replace(/[“”„]/gu, '"').replace(/[‘’‚]/gu, "'");
}

/** Straight ↔ curly: whichever the article uses most, it gets the other. */
export function swapCurly(text: string): string {
  const straight = (text.match(/"|''/gu) ?? []).length;
  const curly = (text.match(/[“”]/gu) ?? []).length;
  return straight >= curly ? toCurly(text) : toStraight(text);
}

/**
 * British style: double marks become single ones (`"…"` → `'…'`, `“…”` → `‘…’`) and a nested single pair becomes a
 * double one; apostrophes are left alone. A single mark is taken for a nested quotation's opener when it could open
 * (`‘`, or `'` before a word after a space) and for its closer at the next `’`/`'` not followed by a letter.
 */
export function toBritish(input: string): string {
  const text = input.replaceAll("''", '"');
  const chars = [...text];
  const out = chars.slice();
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const nested = ch === '‘' || (ch === "'" && opensHere(text, i) && isWord(chars[i + 1]));
    if (nested) {
      const close = nestedCloser(chars, i);
      if (close > 0) {
        out[i] = ch === '‘' ? '“' : '"';
        out[close] = ch === '‘' ? '”' : '"';
        i = close;
        continue;
      }
    }
    if (ch === '"') out[i] = "'";
    else if (ch === '“') out[i] = '‘';
    else if (ch === '”') out[i] = '’';
  }
  return out.join('');
}

/** The closer of a nested single quotation opened at `i`: within its paragraph, before any double mark. */
function nestedCloser(chars: readonly string[], i: number): number {
  for (let j = i + 1; j < chars.length && chars[j] !== '\n'; j++) {
    const c = chars[j] as string;
    if (c === '"' || c === '“' || c === '”') return -1;
    if ((c === '’' || c === "'") && !isWord(chars[j + 1]) && chars[j - 1] !== ' ') return j;
  }
  return -1;
}

/** Paragraph breaks lost, as in much scraped text: every run of white space with a line break becomes one space. */
export function collapseParagraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Each line hard-wrapped at `width` columns, as wire copy, e-mail and text from PDFs are; blank lines kept. */
export function hardWrap(text: string, width = 72): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const words = line.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    if (current !== '' && current.length + 1 + w.length > width) {
      lines.push(current);
      current = w;
    } else current = current === '' ? w : `${current} ${w}`;
  }
  lines.push(current);
  return lines.join('\n');
}

/** Windows line ends. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/gu, '\r\n');
}

export const TRANSFORMS: ReadonlyArray<readonly [name: string, transform: Transform]> = [
  ['curly', swapCurly],
  ['british', toBritish],
  ['collapsed', collapseParagraphs],
  ['wrapped', hardWrap],
  ['crlf', crlf],
];

/** Marks and apostrophes dropped, white space folded: the same words compare equal in any typography. */
function plain(s: string): string {
  return s
    .replace(/["'“”‘’„‚«»‹›`]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What must stay the same: each quote's kind, words and speaker name. */
export function quoteKeys(result: Result): string[] {
  return result.quotes.map((q) => `${q.kind}|${plain(q.text)}|${plain(q.speaker?.name ?? '')}`);
}

export interface Agreement {
  readonly matched: number;
  readonly original: number;
  readonly transformed: number;
}

/** Quotes found in both runs, counted once each (a multiset intersection of their keys). */
export function agreement(original: readonly string[], transformed: readonly string[]): Agreement {
  const left = new Map<string, number>();
  for (const k of original) left.set(k, (left.get(k) ?? 0) + 1);
  let matched = 0;
  for (const k of transformed) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      matched++;
      left.set(k, n - 1);
    }
  }
  return { matched, original: original.length, transformed: transformed.length };
}

/** Agreement in percent: twice the quotes in common over the quotes of both runs (100 when both find none). */
export function percent(a: Agreement): number {
  const total = a.original + a.transformed;
  return total === 0 ? 100 : (200 * a.matched) / total;
}
