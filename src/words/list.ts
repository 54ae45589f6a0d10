/**
 * The helpers every word list in this folder is written with: a list is one string of words separated by spaces,
 * `words('during while at on')`, built once into a Set when its module loads, so a lookup costs what it did inline.
 */

const SPACE = /\s+/;

/** The words of `list`, split on whitespace: `words('is are was were')`. A word listed twice is a mistake. */
export function words(list: string): ReadonlySet<string> {
  const all = list.split(SPACE).filter((w) => w !== '');
  const set = new Set(all);
  if (set.size !== all.length) throw new Error(`word listed twice in: ${list}`);
  return set;
}

/** Every word of the given lists: `union(PREPOSITIONS, words('last earlier'))`. */
export function union(...lists: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list) set.add(w);
  return set;
}
