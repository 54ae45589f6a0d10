/**
 * Ordered, bounded concurrency: `work` runs on up to `limit` items at once, results come out in input order.
 * Nothing more is read from `source` while `limit` items are in flight, so memory stays bounded however long the
 * input is (back-pressure), and a consumer that stops early stops the reading too. A result is yielded as soon as
 * it and those before it are done, without waiting for the source: a slow stream (a pipe, a socket) is not held up.
 */
export async function* orderedMap<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const it: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  type Read = { readonly next: IteratorResult<T> } | { readonly error: unknown };
  const pending: Promise<R>[] = [];
  let reading: Promise<Read> | null = null;
  let index = 0;
  let exhausted = false;
  let failure: { error: unknown } | null = null;
  const read = (): Promise<Read> => {
    try {
      return Promise.resolve(it.next()).then(
        (next) => ({ next }),
        (error: unknown) => ({ error }),
      );
    } catch (error) {
      return Promise.resolve({ error });
    }
  };
  const take = (r: Read): void => {
    reading = null;
    if ('error' in r) {
      // The source broke: what was read before still comes out, then the error.
      failure = { error: r.error };
      exhausted = true;
    } else if (r.next.done) {
      exhausted = true;
    } else {
      const p = work(r.next.value, index++);
      p.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
      pending.push(p);
    }
  };
  try {
    for (;;) {
      if (!exhausted && reading === null && pending.length < limit) reading = read();
      const head = pending[0];
      if (head === undefined) {
        if (reading === null) break;
        take(await reading);
        continue;
      }
      if (reading !== null) {
        const first = await Promise.race([
          reading,
          head.then(
            () => null,
            () => null,
          ),
        ]);
        if (first !== null) {
          take(first);
          continue;
        }
      }
      pending.shift();
      yield await head;
    }
    if (failure) throw (failure as { error: unknown }).error;
  } finally {
    // Stopped early (break, throw, or a failed item): close the source, e.g. a file being read.
    if (!exhausted) {
      if (reading !== null) await reading;
      await it.return?.();
    }
  }
}
