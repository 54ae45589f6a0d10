import type { Sentence, Span, Token } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { ABBREVIATIONS, PRENOMINAL } from '../words/abbreviations.js';
import { SENTENCE_OPENERS } from '../words/function-words.js';
import { SENTENCE_CLOSERS } from '../words/punctuation.js';
import { isUpper } from '../text/chars.js';

/** `.`, `!`, `?`, `…` and runs of them (`?!`, `...`): checked per token, so without a pattern match. */
function isTerminal(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  }
  return true;
}

/** Paragraphs are lines: news text puts one paragraph on a line. Blank lines are skipped. */
export function splitParagraphs(text: string, tokens: readonly Token[]): Span[] {
  const paragraphs: Span[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || (tokens[i] as Token).lineBefore) {
      if (first < i) {
        const start = (tokens[first] as Token).start;
        const end = (tokens[i - 1] as Token).end;
        paragraphs.push({ start, end, text: text.slice(start, end) });
      }
      first = i;
    }
  }
  return paragraphs;
}

/**
 * Sentence boundaries: after terminal punctuation (and any closing marks), before a capital, digit or opening mark;
 * never after an abbreviation before a name, never inside a quotation; always at a line break.
 */
export function splitSentences(text: string, tokens: readonly Token[], regions: readonly QuoteRegion[]): Sentence[] {
  const inside = insideQuote(text.length, regions);
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const push = (endToken: number): void => {
    if (endToken <= first) return;
    const start = (tokens[first] as Token).start;
    const end = (tokens[endToken - 1] as Token).end;
    sentences.push({ start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: endToken, paragraph });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineBefore && i > first) {
      push(i);
      paragraph++;
    } else if (t.lineBefore && i > 0) paragraph++;
    if (!(isTerminal(t.text) || endsDottedAbbreviation(tokens, i)) || isAbbreviationDot(tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && closesSentence(tokens, j)) j++;
    const next = tokens[j];
    if (next === undefined || next.lineBefore) {
      i = j - 1;
      continue;
    }
    if (inside[(tokens[j - 1] as Token).end - 1] === 1) continue;
    if (startsSentence(text, next)) {
      push(j);
      i = j - 1;
    }
  }
  push(tokens.length);
  return sentences;
}

/**
 * The caller's sentences (`options.sentences`, spans already checked: sorted, disjoint, in range) as saidby's: a new
 * sentence starts at the first token at or after each span's start. As with saidby's own, a sentence still ends at a
 * paragraph break and never inside a quotation, so `"It rose. It fell," she said.` stays one sentence even when the
 * caller's splitter cut it after `rose.`.
 */
export function sentencesFromSpans(
  text: string,
  tokens: readonly Token[],
  regions: readonly QuoteRegion[],
  spans: readonly { readonly start: number }[],
): Sentence[] {
  const inside = insideQuote(text.length, regions);
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  let next = 0;
  const push = (endToken: number): void => {
    if (endToken <= first) return;
    const start = (tokens[first] as Token).start;
    const end = (tokens[endToken - 1] as Token).end;
    sentences.push({ start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: endToken, paragraph });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineBefore && i > first) {
      push(i);
      paragraph++;
    } else if (t.lineBefore && i > 0) paragraph++;
    let starts = false;
    while (next < spans.length && (spans[next] as { start: number }).start <= t.start) {
      next++;
      starts = true;
    }
    if (starts && i > first && inside[(tokens[i - 1] as Token).end - 1] !== 1) push(i);
  }
  push(tokens.length);
  return sentences;
}

function endsDottedAbbreviation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    t.kind === 'word' &&
    t.text.length > 2 &&
    t.text.endsWith('.') &&
    next !== undefined &&
    SENTENCE_OPENERS.has(next.norm) &&
    next.text !== next.norm
  );
}

function startsSentence(text: string, t: Token): boolean {
  return isUpper(text, t.start) || t.kind === 'number' || t.kind === 'quote' || t.text === '(' || t.text === '—';
}

function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.text !== '.' || prev === undefined || prev.end !== t.start) return false;
  if (PRENOMINAL.has(prev.norm)) return true;
  // an initial: J. Smith
  if (prev.kind === 'word' && prev.text.length === 1 && prev.text !== prev.text.toLowerCase()) return true;
  const next = tokens[i + 1];
  return (
    ABBREVIATIONS.has(prev.norm) && next !== undefined && !next.lineBefore && next.text === next.text.toLowerCase()
  );
}

/** A byte map of offsets strictly inside a top-level quotation. Linear: top-level regions do not overlap. */
function insideQuote(length: number, regions: readonly QuoteRegion[]): Uint8Array {
  const map = new Uint8Array(length + 1);
  // a part that runs on ends at its last word, not at a mark: `"It opens in May. "Trains…` splits after `May.`
  for (const r of regions) if (r.depth === 0) map.fill(1, r.open + r.openLength, r.runsOn ? r.close - 1 : r.close);
  return map;
}

/** `."`, `.)`: a closing mark right after the end of a sentence, on the same line, belongs to it. */
function closesSentence(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return SENTENCE_CLOSERS.has(t.text) && !t.lineBefore && t.start === (tokens[j - 1] as Token).end;
}
