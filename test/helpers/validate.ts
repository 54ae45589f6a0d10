// One structural validator for every saidby Result (and Tokenization): offsets, ordering, cross-references.
// Used by every test that produces a Result. Throws an Error naming the check that failed.
import { expect } from 'vitest';
import type { Result, Span, Tokenization, TokenSpan } from '../../src/types.js';
import { RULES } from '../../src/attribute/rules.js';

const TOKEN_KINDS = new Set(['word', 'number', 'punct', 'quote', 'symbol']);
const QUOTE_KINDS = new Set(['direct', 'mixed', 'indirect']);
const ENTITY_TYPES = new Set(['person', 'organization', 'place', 'group', 'other']);
const MENTION_KINDS = new Set(['name', 'pronoun', 'description']);
const CUE_CLASSES = new Set(['speech', 'writing', 'report', 'thought', 'stance', 'plan', 'evidence']);
const WARNING_CODES = new Set(['unclosed-quote', 'unopened-quote', 'very-long-quote']);
/** Whitespace the tokenizer skips: JS `\s` plus NEL (U+0085) and zero-width space. */
const GAP = /^[\s\u0085\u200b]*$/u;
const LINE_BREAK = /[\n\r\u2028\u2029\v\f\u0085]/u;

function fail(check: string, detail: unknown): never {
  let d: string;
  try {
    d = JSON.stringify(detail);
  } catch {
    d = String(detail);
  }
  if (d !== undefined && d.length > 400) d = `${d.slice(0, 400)}…`;
  throw new Error(`validateResult: ${check}: ${d}`);
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Bounds only: `0 <= start <= end <= text.length`, integers. */
function checkBounds(text: string, s: { start: number; end: number }, where: string): void {
  if (!isInt(s.start) || !isInt(s.end)) fail(`${where}: start/end are not integers`, s);
  if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) {
    fail(`${where}: bounds 0 <= start <= end <= text.length (${text.length})`, s);
  }
}

/** Bounds and `text.slice(start, end) === span.text`. */
function checkSpan(text: string, s: Span | null | undefined, where: string): void {
  if (s === null || typeof s !== 'object') fail(`${where}: not a span`, s);
  checkBounds(text, s, where);
  if (typeof s.text !== 'string') fail(`${where}: text is not a string`, s);
  if (text.slice(s.start, s.end) !== s.text) {
    fail(`${where}: text.slice(start,end) !== span.text`, {
      start: s.start,
      end: s.end,
      text: s.text,
      slice: text.slice(s.start, s.end),
    });
  }
}

/**
 * A span's token range and sentence: `tokens.slice(tokenStart, tokenEnd)` are exactly the tokens that overlap it,
 * and `sentences[sentence]` holds its first token (or, for a span with no token, the token where one would be).
 */
function checkTokenSpan(r: Result, s: TokenSpan, where: string): void {
  const { tokens, sentences } = r;
  const { tokenStart: a, tokenEnd: b, sentence } = s;
  if (!isInt(a) || !isInt(b) || !isInt(sentence)) fail(`${where}: tokenStart/tokenEnd/sentence not integers`, s);
  if (!(0 <= a && a <= b && b <= tokens.length)) fail(`${where}: 0 <= tokenStart <= tokenEnd <= tokens.length`, s);
  const overlaps = (k: number): boolean => tokens[k]!.start < s.end && tokens[k]!.end > s.start;
  for (let k = a; k < b; k++) if (!overlaps(k)) fail(`${where}: token ${k} does not overlap the span`, s);
  if (a > 0 && overlaps(a - 1)) fail(`${where}: the token before tokenStart overlaps the span`, s);
  if (b < tokens.length && overlaps(b)) fail(`${where}: the token at tokenEnd overlaps the span`, s);
  if (tokens.length === 0) return;
  const at = Math.min(a, tokens.length - 1);
  const sent = sentences[sentence];
  if (!sent || at < sent.tokenStart || at >= sent.tokenEnd) fail(`${where}: sentences[sentence] does not hold it`, s);
}

/** Tokens, sentences and paragraphs (shared by `tokenize` and `extractQuotes`). */
export function validateTokenization(text: string, r: Tokenization): void {
  const { tokens, sentences, paragraphs } = r;
  if (!Array.isArray(tokens) || !Array.isArray(sentences) || !Array.isArray(paragraphs)) {
    fail('tokens/sentences/paragraphs must be arrays', Object.keys(r));
  }
  // tokens: valid spans, non-empty, sorted, non-overlapping, indexed, every non-blank character covered
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    checkSpan(text, t, `tokens[${i}]`);
    if (t.end <= t.start) fail(`tokens[${i}]: empty token`, t);
    if (t.i !== i) fail(`tokens[${i}]: token.i !== index`, t);
    if (!TOKEN_KINDS.has(t.kind)) fail(`tokens[${i}]: invalid kind`, t);
    if (typeof t.norm !== 'string' || t.norm.length === 0) fail(`tokens[${i}]: norm missing`, t);
    if (typeof t.lineBefore !== 'boolean') fail(`tokens[${i}]: lineBefore not boolean`, t);
    if (t.start < prevEnd) fail(`tokens[${i}]: tokens overlap or are unsorted`, { prev: tokens[i - 1], t });
    const gap = text.slice(prevEnd, t.start);
    if (!GAP.test(gap)) fail(`tokens[${i}]: non-blank text between tokens is not covered`, { gap, at: prevEnd });
    if (i > 0 && t.lineBefore !== LINE_BREAK.test(gap)) {
      fail(`tokens[${i}]: lineBefore disagrees with the whitespace before it`, { gap, t });
    }
    prevEnd = t.end;
  }
  if (!GAP.test(text.slice(prevEnd))) fail('trailing non-blank text not covered by tokens', { at: prevEnd });

  // sentences: cover the tokens contiguously; offsets agree with their tokens
  let next = 0;
  let prevParagraph = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    checkSpan(text, s, `sentences[${k}]`);
    if (!isInt(s.tokenStart) || !isInt(s.tokenEnd)) fail(`sentences[${k}]: token indexes are not integers`, s);
    if (s.tokenStart !== next)
      fail(`sentences[${k}]: tokenStart !== previous tokenEnd (gap or overlap)`, { s, expected: next });
    if (s.tokenEnd <= s.tokenStart) fail(`sentences[${k}]: empty sentence`, s);
    if (s.tokenEnd > tokens.length) fail(`sentences[${k}]: tokenEnd past the tokens`, s);
    if (s.start !== tokens[s.tokenStart]!.start || s.end !== tokens[s.tokenEnd - 1]!.end) {
      fail(`sentences[${k}]: offsets disagree with tokenStart/tokenEnd`, s);
    }
    if (!isInt(s.paragraph) || s.paragraph < prevParagraph || s.paragraph >= Math.max(paragraphs.length, 1)) {
      fail(`sentences[${k}]: paragraph index out of order or range`, { s, paragraphs: paragraphs.length });
    }
    const p = paragraphs[s.paragraph];
    if (p && (s.start < p.start || s.end > p.end)) fail(`sentences[${k}]: not inside its paragraph`, { s, p });
    prevParagraph = s.paragraph;
    next = s.tokenEnd;
  }
  if (next !== tokens.length) fail('sentences do not cover all tokens', { covered: next, tokens: tokens.length });

  // paragraphs: sorted, disjoint, non-empty
  let pEnd = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    checkSpan(text, p, `paragraphs[${k}]`);
    if (p.end <= p.start) fail(`paragraphs[${k}]: empty paragraph`, p);
    if (p.start < pEnd) fail(`paragraphs[${k}]: paragraphs overlap or are unsorted`, p);
    pEnd = p.end;
  }
  if ((tokens.length === 0) !== (paragraphs.length === 0))
    fail('paragraphs empty iff tokens empty', { tokens: tokens.length, paragraphs: paragraphs.length });
}

/** Every invariant of a Result; throws an Error naming the failed check. */
export function validateResult(text: string, r: Result): void {
  if (r === null || typeof r !== 'object') fail('result is not an object', r);
  if (r.text !== text) fail('result.text !== input text', { length: r.text?.length });
  validateTokenization(text, r);
  for (const key of ['quotes', 'entities', 'warnings'] as const) {
    if (!Array.isArray(r[key])) fail(`${key} is not an array`, typeof r[key]);
  }

  // entities
  const entityIds = new Set<string>();
  r.entities.forEach((e, k) => {
    const where = `entities[${k}]`;
    if (typeof e.id !== 'string' || e.id === '') fail(`${where}: id missing`, e.id);
    if (entityIds.has(e.id)) fail(`${where}: duplicate entity id`, e.id);
    entityIds.add(e.id);
    if (typeof e.name !== 'string') fail(`${where}: name is not a string`, e.name);
    if (!ENTITY_TYPES.has(e.type)) fail(`${where}: invalid type`, e.type);
    if (e.gender !== null && e.gender !== 'male' && e.gender !== 'female') fail(`${where}: invalid gender`, e.gender);
    if (!Array.isArray(e.titles) || !e.titles.every((t) => typeof t === 'string')) fail(`${where}: titles`, e.titles);
    if (!Array.isArray(e.mentions)) fail(`${where}: mentions not an array`, e.mentions);
    e.mentions.forEach((m, j) => {
      checkSpan(text, m, `${where}.mentions[${j}]`);
      checkTokenSpan(r, m, `${where}.mentions[${j}]`);
      if (!MENTION_KINDS.has(m.kind)) fail(`${where}.mentions[${j}]: invalid kind`, m);
    });
    if (e.link !== undefined) {
      const l = e.link;
      if (typeof l.id !== 'string' || typeof l.label !== 'string' || typeof l.source !== 'string')
        fail(`${where}: link fields`, l);
      if (!(typeof l.score === 'number' && l.score >= 0 && l.score <= 1)) fail(`${where}: link score outside 0..1`, l);
    }
  });

  // quotes
  const quoteIds = new Set<string>();
  r.quotes.forEach((q, k) => {
    const where = `quotes[${k}]`;
    if (typeof q.id !== 'string' || q.id === '') fail(`${where}: id missing`, q.id);
    if (quoteIds.has(q.id)) fail(`${where}: duplicate quote id`, q.id);
    quoteIds.add(q.id);
    if (!QUOTE_KINDS.has(q.kind)) fail(`${where}: invalid kind`, q.kind);
    if (!(
      typeof q.confidence === 'number' &&
      Number.isFinite(q.confidence) &&
      q.confidence >= 0 &&
      q.confidence <= 1
    )) {
      fail(`${where}: confidence outside 0..1`, q.confidence);
    }
    const rule: unknown = q.rule; // checked as untyped data
    if (typeof rule !== 'string' || rule === '') fail(`${where}: rule missing`, rule);
    if (!Object.hasOwn(RULES, rule)) fail(`${where}: rule not in the registry`, rule);
    if (!Array.isArray(q.parts) || q.parts.length === 0) fail(`${where}: parts empty`, q.parts);
    let end = -1;
    q.parts.forEach((p, j) => {
      checkSpan(text, p, `${where}.parts[${j}]`);
      checkTokenSpan(r, p, `${where}.parts[${j}]`);
      if (p.end <= p.start) fail(`${where}.parts[${j}]: empty part`, p);
      if (p.start < end) fail(`${where}.parts: unsorted or overlapping`, q.parts);
      end = p.end;
    });
    if (q.text !== q.parts.map((p) => p.text).join(' ')) fail(`${where}: text !== parts joined by a space`, q.text);
    if (q.cue !== null) {
      checkSpan(text, q.cue, `${where}.cue`);
      checkTokenSpan(r, q.cue, `${where}.cue`);
      if (typeof q.cue.lemma !== 'string' || q.cue.lemma === '') fail(`${where}.cue: lemma missing`, q.cue);
      if (!CUE_CLASSES.has(q.cue.class)) fail(`${where}.cue: invalid class`, q.cue);
    }
    if (q.speaker !== null) {
      const s = q.speaker;
      checkSpan(text, s.mention, `${where}.speaker.mention`);
      checkTokenSpan(r, s.mention, `${where}.speaker.mention`);
      if (!ENTITY_TYPES.has(s.type)) fail(`${where}.speaker: invalid type`, s.type);
      if (typeof s.name !== 'string') fail(`${where}.speaker: name not a string`, s.name);
      if (s.entity !== null) {
        if (!entityIds.has(s.entity)) fail(`${where}.speaker.entity does not resolve to an entity`, s.entity);
        const e = r.entities.find((x) => x.id === s.entity)!;
        if (s.name !== e.name) fail(`${where}.speaker.name !== its entity's name`, { speaker: s.name, entity: e.name });
      } else if (s.name !== s.mention.text) {
        fail(`${where}.speaker: unresolved speaker's name !== mention text`, s);
      }
    }
  });

  // quotes in text order; direct quotations never share a character (reported speech may nest in a report)
  let prevStart = -1;
  let directEnd = -1;
  r.quotes.forEach((q, k) => {
    const start = q.parts[0]!.start;
    if (start < prevStart) fail(`quotes[${k}]: quotes not sorted by their first part`, { prevStart, start });
    prevStart = start;
    if (q.kind !== 'direct') return;
    if (start < directEnd) fail(`quotes[${k}]: direct quote overlaps an earlier one`, q.parts);
    directEnd = Math.max(directEnd, q.parts.at(-1)!.end);
  });

  // warnings: bounds only
  r.warnings.forEach((w, k) => {
    checkBounds(text, w, `warnings[${k}]`);
    if (!WARNING_CODES.has(w.code)) fail(`warnings[${k}]: invalid code`, w.code);
    if (typeof w.message !== 'string' || w.message === '') fail(`warnings[${k}]: message missing`, w);
  });
}

/** vitest-friendly: a failed check becomes a failed expectation with the validator's message. */
export function expectValid(text: string, r: Result): void {
  let message = '';
  try {
    validateResult(text, r);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message, message).toBe('');
}
