/**
 * The one table of quotation-mark pairs. Each opener lists the closers it accepts.
 * Straight marks are their own closers; `’` is also an apostrophe and is judged by context.
 */
export const MARK_PAIRS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['»', '«'],
  ['„', '“'],
  ['„', '”'],
  ['‚', '‘'],
  ['‚', '’'],
  ['‹', '›'],
  ['›', '‹'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
  ['”', '”'], // Swedish/Finnish style and sloppy typing: ”…”
  ['“', '"'], // mixed curly and straight marks, common in copied text
  ['"', '”'],
  ['`', "'"], // treebank and LaTeX style: `…'
  ['`', '’'],
];

const closersByOpener = new Map<string, Set<string>>();
for (const [o, c] of MARK_PAIRS) {
  const set = closersByOpener.get(o) ?? new Set<string>();
  set.add(c);
  closersByOpener.set(o, set);
}

/** Every character that can be a quotation mark. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(MARK_PAIRS.flat());

export function closes(opener: string, closer: string): boolean {
  return closersByOpener.get(opener)?.has(closer) ?? false;
}

export function canOpen(ch: string): boolean {
  return closersByOpener.has(ch);
}

export function canClose(ch: string): boolean {
  for (const set of closersByOpener.values()) if (set.has(ch)) return true;
  return false;
}

/** Single marks nest inside double ones; `'` and `’` double as apostrophes. */
export function isSingleMark(ch: string): boolean {
  return ch === "'" || ch === '‘' || ch === '’' || ch === '‚' || ch === '‹' || ch === '›';
}
