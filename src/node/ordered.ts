/**
 * Ordered, bounded concurrency: `work` runs on up to `limit` items at once, results come out in input order.
 * Nothing is read from `source` while `limit` items are in flight, so memory stays bounded however long the
 * input is (back-pressure), and a consumer that stops early stops the reading too.
 */
export async function* orderedMap<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const it: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in source
    ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (source as Iterable<T>)[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  let index = 0;
  let exhausted = false;
  let failure: { error: unknown } | null = null;
  try {
    for (;;) {
      while (!exhausted && pending.length < limit) {
        let next: IteratorResult<T>;
        try {
          next = await it.next();
        } catch (error) {
          // The source broke: what was read before still comes out, then the error.
          failure = { error };
          exhausted = true;
          break;
        }
        if (next.done) { exhausted = true; break; }
        const p = work(next.value, index++);
        p.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
        pending.push(p);
      }
      const head = pending.shift();
      if (head === undefined) {
        if (failure) throw failure.error;
        return;
      }
      yield await head;
    }
  } finally {
    // Stopped early (break, throw, or a failed item): close the source, e.g. a file being read.
    if (!exhausted) await it.return?.();
  }
}
