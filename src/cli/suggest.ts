/**
 * The closest of `known` to a mistyped word (`--min-confidance` → `--min-confidence`), by edit distance, or null when
 * none is within a third of its length: a suggestion should be a likely typo, not any option at all.
 */
export function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = distance(word.slice(0, 60), k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * Edit distance with swapped neighbours as one edit (`--jsnol` is one from `--jsonl`, two from `--json`), two rows
 * kept: the words are flags, a few dozen characters at most.
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      next.push(d);
    }
    [before, row] = [row, next];
  }
  return row[b.length] as number;
}
