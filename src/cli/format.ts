import type { Quote, QuoteKind, Result } from '../types.js';

const KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];

const WHITESPACE_RUN = /\s+/g;

/** Collapses runs of whitespace (line breaks included) to one space. */
function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

/** One quote, person-readable: `Vladimir Putin (said) [direct]: “…”`. */
export function formatQuote(q: Quote): string {
  const who = q.speaker ? oneLine(q.speaker.name) || '(unknown)' : '(unknown)';
  const cue = q.cue ? ` (${oneLine(q.cue.text)})` : '';
  return `${who}${cue} [${q.kind}]: “${oneLine(q.text)}”`;
}

/** One line counting the quotes by kind and how many have a speaker. */
export function formatSummary(result: Pick<Result, 'quotes'>): string {
  const n = result.quotes.length;
  const byKind = KINDS.map((k) => `${result.quotes.filter((q) => q.kind === k).length} ${k}`).join(', ');
  const speakers = new Set(result.quotes.flatMap((q) => (q.speaker ? [q.speaker.entity ?? q.speaker.name] : [])));
  const attributed = result.quotes.filter((q) => q.speaker).length;
  const distinct = `${speakers.size} distinct ${speakers.size === 1 ? 'speaker' : 'speakers'}`;
  return `${n} ${n === 1 ? 'quote' : 'quotes'} (${byKind}); ${attributed} with a speaker, ${distinct}`;
}

/** The person-readable report: one line per quote, then the summary. */
export function formatText(result: Pick<Result, 'quotes'>): string {
  return [...result.quotes.map(formatQuote), formatSummary(result)].join('\n') + '\n';
}

/** The result as a plain object, without `tokens` unless asked for. */
export function publicResult(result: Result, keepTokens: boolean): Record<string, unknown> {
  if (keepTokens) return { ...result };
  const { tokens: _tokens, ...rest } = result;
  return rest;
}
