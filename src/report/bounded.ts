/**
 * A map that keeps memory bounded over a stream of any length: past `cap` keys it drops the lighter half (by a
 * weight, such as quotes), so a corpus with a million one-off speakers keeps only the most quoted ones. Each drop
 * costs a sort of `cap` entries and happens once per `cap / 2` new keys: amortised O(log cap) per key.
 */
export class BoundedMap<V> {
  private readonly map = new Map<string, V>();
  /** Keys dropped so far (a key dropped twice counts twice). */
  dropped = 0;

  constructor(
    private readonly cap: number,
    private readonly weight: (v: V) => number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** The value for `key`, made by `make` when missing (which may drop the lighter half first). */
  upsert(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.cap) this.prune();
      v = make();
      this.map.set(key, v);
    }
    return v;
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  /** Keeps the heavier half; ties keep the earlier key. */
  private prune(): void {
    const keep = Math.floor(this.cap / 2);
    const sorted = [...this.map.entries()].sort((a, b) => this.weight(b[1]) - this.weight(a[1]));
    this.map.clear();
    for (const [k, v] of sorted.slice(0, keep)) this.map.set(k, v);
    this.dropped += sorted.length - keep;
  }
}

/** Counts of keys, bounded the same way: `count('say')`, then the top ones. */
export class BoundedCounter {
  private readonly table: BoundedMap<{ n: number }>;

  constructor(cap: number) {
    this.table = new BoundedMap(cap, (v) => v.n);
  }

  add(key: string, n = 1): void {
    this.table.upsert(key, () => ({ n: 0 })).n += n;
  }

  get dropped(): number {
    return this.table.dropped;
  }

  /** Distinct keys held. */
  get size(): number {
    return this.table.size;
  }

  /** The `n` most frequent, most first; ties in key order. */
  top(n: number): Array<{ key: string; count: number }> {
    return [...this.table.entries()]
      .map(([key, v]) => ({ key, count: v.n }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, n);
  }
}
