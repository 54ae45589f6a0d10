import type { Sentence, Span, Token } from '../types.js';
import type { QuoteRegion } from '../doc/doc.js';
import { ABBREVIATIONS, PRENOMINAL } from '../words/abbreviations.js';
import { ARTICLES, HEADLINE_BREAK_BLOCKERS, NOT_IN_HEADLINES, SENTENCE_OPENERS } from '../words/function-words.js';
import { CLAUSE_END_CHARS, RULE_CHARS, SENTENCE_CLOSERS, SIGNOFF_DASHES } from '../words/punctuation.js';
import { MERIDIEMS } from '../words/time-and-adjuncts.js';
import { isUpper } from '../text/chars.js';
import { QUOTE_CHARS } from '../quotes/marks.js';

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
  const out = new SentenceList(text, tokens);
  const push = (endToken: number): void => out.push(endToken);
  const lede = ledeStart(text, tokens, inside);
  const spoken = spokenQuotations(text, regions);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    out.lineBreakAt(i);
    if (
      t.kind === 'quote' &&
      i > out.first &&
      !t.lineBefore &&
      inside[t.start] !== 1 &&
      followsSignoff(text, tokens, i)
    )
      push(i);
    if (i === lede) push(i);
    if (isRule(t) && inside[t.start] !== 1) {
      i = ruleSentence(tokens, i, push);
      continue;
    }
    if (!(isTerminal(t.text) || endsDottedAbbreviation(tokens, i, spoken)) || isAbbreviationDot(tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && closesSentence(tokens, j)) j++;
    const next = tokens[j];
    if (next === undefined || next.lineBefore) {
      i = j - 1;
      continue;
    }
    if (inside[(tokens[j - 1] as Token).end - 1] === 1 && !reopens(text, tokens, j, inside)) continue;
    if (startsSentence(text, next)) {
      push(j);
      i = j - 1;
    }
  }
  out.push(tokens.length);
  return out.sentences;
}

/**
 * Sentences collected as token ranges in order: `push(end)` closes the open one before token `end`; a line break
 * closes it too and starts a new paragraph (`lineBreakAt`).
 */
class SentenceList {
  readonly sentences: Sentence[] = [];
  /** The first token of the sentence being read. */
  first = 0;
  private paragraph = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  push(endToken: number): void {
    if (endToken <= this.first) return;
    const start = (this.tokens[this.first] as Token).start;
    const end = (this.tokens[endToken - 1] as Token).end;
    const { first, paragraph } = this;
    this.sentences.push({
      start,
      end,
      text: this.text.slice(start, end),
      tokenStart: first,
      tokenEnd: endToken,
      paragraph,
    });
    this.first = endToken;
  }

  /** Token `i` after a line break ends the open sentence and starts a paragraph. */
  lineBreakAt(i: number): void {
    if (!(this.tokens[i] as Token).lineBefore) return;
    if (i > this.first) this.push(i);
    if (i > 0) this.paragraph++;
  }
}

/** The furthest token a headline run into its first sentence may end at. */
const HEADLINE_MAX = 20;

/**
 * Where the paragraph breaks were lost, a headline without a full stop runs into the first sentence:
 * `Roddick splits from coach Gilbert Andy Roddick has ended…`. The first sentence starts where a capitalised word
 * that the headline holds comes back, alone (`…recession Japan's economy…`, `…plans Plans to abolish…`) or after
 * a first name (`…coach Gilbert Andy Roddick has…`), after a word that is no preposition or determiner, in words
 * with no article (headlines have none). Returns that token, or -1. Only the first HEADLINE_MAX tokens are read,
 * each against the ones before it.
 */
function ledeStart(text: string, tokens: readonly Token[], inside: Uint8Array): number {
  const last = Math.min(tokens.length - 1, HEADLINE_MAX);
  for (let p = 1; p < last; p++) {
    const t = tokens[p]!;
    const next = tokens[p + 1]!;
    const prev = tokens[p - 1]!;
    if (t.lineBefore || next.lineBefore || isTerminal(prev.text) || NOT_IN_HEADLINES.has(prev.norm)) return -1;
    if (p < 2) continue;
    if (!isCapitalisedWord(text, t) || inside[t.start] === 1) continue;
    if (opensLede(text, tokens, p)) return p;
    const before = prev;
    if (before.kind !== 'word' || HEADLINE_BREAK_BLOCKERS.has(before.norm)) continue;
    // the second word of a name (`against Marion Jones`) was judged with its first
    if (heldBefore(tokens, p, t.norm) && !isCapitalisedWord(text, before)) return p;
    if (isCapitalisedWord(text, next) && heldBefore(tokens, p, next.norm) && !heldBefore(tokens, p, t.norm)) return p;
  }
  return -1;
}

/** Headline words before a capitalised article that starts the lede: `Brazil plays down rescue The government…`. */
const LEDE_ARTICLE_AFTER = 3;

/**
 * A capitalised article after a headline's last word (lower case, or a quotation's closing mark) starts the lede:
 * `Brazil plays down Varig rescue The Brazilian government…`, `Security warning over 'FBI virus' The agency…`. A
 * headline has no article of its own, and a title in one follows a minor word: `Return of The King opens`.
 */
function opensLede(text: string, tokens: readonly Token[], p: number): boolean {
  const t = tokens[p]!;
  const prev = tokens[p - 1]!;
  if (p < LEDE_ARTICLE_AFTER) return false;
  const closing = prev.kind === 'quote' && prev.end === t.start - 1;
  if (closing && endsClaim(text, tokens, p - 1)) return true;
  if (!ARTICLES.has(t.norm)) return false;
  if (prev.kind === 'quote') return closing;
  return prev.kind === 'word' && !isUpper(text, prev.start) && !HEADLINE_BREAK_BLOCKERS.has(prev.norm);
}

/** Words a quoted claim at a headline's end has at least: `'to star in film'`, not a scare quote (`'racist'`). */
const CLAIM_MIN_WORDS = 3;

/**
 * Does the closing mark at `close` end a claim quoted after the headline's subject, as BBC headlines end
 * (`Tautou 'to star in Da Vinci film' French actress Audrey Tautou…`)? Any capitalised word may open the lede
 * after it. The quotation opens past the first token (`'Dirty bomb' Briton charged` is one headline) and holds a
 * lower-case word (`Film 'Revenge Of The Sith' Tops Chart` is a title).
 */
function endsClaim(text: string, tokens: readonly Token[], close: number): boolean {
  let words = 0;
  let lower = false;
  for (let k = close - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return words >= CLAIM_MIN_WORDS && lower;
    if (t.kind !== 'word') continue;
    words++;
    lower ||= !isUpper(text, t.start);
  }
  return false;
}

function isCapitalisedWord(text: string, t: Token): boolean {
  return t.kind === 'word' && isUpper(text, t.start);
}

/** Does a word with this norm come before token `p`? */
function heldBefore(tokens: readonly Token[], p: number, norm: string): boolean {
  for (let k = 0; k < p; k++) if (tokens[k]!.norm === norm) return true;
  return false;
}

/** How many capitalised words a dash sign-off's name may have: `― Maria de la Cruz Ortega`. */
const SIGNOFF_NAME_MAX = 5;

/**
 * A quotation mark right after a dash sign-off starts a new sentence, as it would a new line where the line breaks
 * were lost: `“We need buses.” ― Ana Ruiz “The trains are late.” ― Tom Hale`.
 */
function followsSignoff(text: string, tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= SIGNOFF_NAME_MAX && tokens[k]!.kind === 'word' && isUpper(text, tokens[k]!.start)) k--;
  if (k === i - 1 || k < 1 || !SIGNOFF_DASHES.has(tokens[k]!.text)) return false;
  return tokens[k - 1]!.kind === 'quote';
}

/**
 * A rule of underscores, stars or the like (`___`, `* * *` is three tokens and not one) separates items, as in a
 * live blog: it is a sentence of its own even where the line breaks around it were lost
 * (`…a good night. ___ 2:25 p.m. Donald Trump's campaign says…`).
 */
function isRule(t: Token): boolean {
  if (t.text.length < RULE_MIN || !RULE_CHARS.has(t.text[0] as string)) return false;
  for (let k = 1; k < t.text.length; k++) if (t.text[k] !== t.text[0]) return false;
  return true;
}

const RULE_MIN = 3;

/**
 * The rule at `i` as a sentence, and the time that heads the next item (`___ 2:25 p.m. Donald Trump's campaign`) as
 * another: a time before a capital right after a rule is a heading. Returns the last token used.
 */
function ruleSentence(tokens: readonly Token[], i: number, push: (endToken: number) => void): number {
  push(i);
  // `___.`: the rule's own full stop stays with it
  const after = tokens[i + 1]?.text === '.' && !tokens[i + 1]!.lineBefore ? i + 2 : i + 1;
  push(after);
  const time = tokens[after];
  const meridiem = tokens[after + 1];
  const next = tokens[after + 2];
  if (time?.kind !== 'number' || !MERIDIEMS.has(meridiem?.norm ?? '') || next === undefined || next.lineBefore) {
    return after - 1;
  }
  if (!isUpper(next.text, 0)) return after - 1;
  push(after + 2);
  return after + 1;
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
  const out = new SentenceList(text, tokens);
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    out.lineBreakAt(i);
    let starts = false;
    while (next < spans.length && (spans[next] as { start: number }).start <= t.start) {
      next++;
      starts = true;
    }
    if (starts && i > out.first && inside[(tokens[i - 1] as Token).end - 1] !== 1) out.push(i);
  }
  out.push(tokens.length);
  return out.sentences;
}

/**
 * A dotted abbreviation whose dot also ends the sentence: before a capitalised function word (`…the U.S. The plan`),
 * or before a quotation that opens with a capital and ends a clause (`…to the U.S. "Bad things will happen," he
 * said.`), as where a paragraph break was lost. A quoted name stays in its sentence: `…joined the U.S. "Voice of
 * America" service`. `spoken` holds the opening offsets of top-level quotations that end a clause.
 */
function endsDottedAbbreviation(tokens: readonly Token[], i: number, spoken: ReadonlySet<number>): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.kind !== 'word' || t.text.length <= 2 || !t.text.endsWith('.') || next === undefined) return false;
  if (next.kind === 'quote') return spoken.has(next.start) && opensCapitalised(tokens, i + 1);
  return SENTENCE_OPENERS.has(next.norm) && next.text !== next.norm;
}

/** An opening mark at `k`, apart from the word before it and right before a capitalised word: ` "Bad…`. */
function opensCapitalised(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k] as Token;
  const word = tokens[k + 1];
  if (word === undefined || mark.start === (tokens[k - 1] as Token).end || word.start !== mark.end) return false;
  return word.kind === 'word' && word.text[0] !== word.norm[0];
}

/** Opening offsets of the top-level quotations whose words end a clause: `"…happen,"`, `"…of all time."`. */
function spokenQuotations(text: string, regions: readonly QuoteRegion[]): Set<number> {
  const out = new Set<number>();
  for (const r of regions) if (r.depth === 0 && CLAUSE_END_CHARS.has(text[r.close - 1] as string)) out.add(r.open);
  return out;
}

/**
 * A capital, a number, an opening bracket or dash, or a quotation mark: a paired one, or a stray one right before a
 * capital, as a paragraph quoted without its closing mark opens (`…spring. "HOLT: Thank you…`).
 */
function startsSentence(text: string, t: Token): boolean {
  if (isUpper(text, t.start) || t.kind === 'number' || t.kind === 'quote' || t.text === '(' || t.text === '—')
    return true;
  return t.kind === 'punct' && QUOTE_CHARS.has(t.text) && isUpper(text, t.end);
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

/**
 * `…ideation.” "Melanie thought…`: a quotation's closing mark with a space before it and a capital right after it
 * opens the next sentence instead, as a paragraph quoted in a block opens where the paragraph breaks were lost.
 */
function reopens(text: string, tokens: readonly Token[], j: number, inside: Uint8Array): boolean {
  const mark = tokens[j];
  const word = tokens[j + 1];
  if (mark === undefined || word === undefined || mark.kind !== 'quote' || inside[mark.start] === 1) return false;
  return mark.start > (tokens[j - 1] as Token).end && word.start === mark.end && isCapitalisedWord(text, word);
}

/** `."`, `.)`: a closing mark right after the end of a sentence, on the same line, belongs to it. */
function closesSentence(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return SENTENCE_CLOSERS.has(t.text) && !t.lineBefore && t.start === (tokens[j - 1] as Token).end;
}
