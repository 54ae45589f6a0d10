// orderedMap (src/node/ordered.ts): bounded concurrency, results in input order.
import { describe, expect, it } from 'vitest';
import { orderedMap } from '../src/node/ordered.js';

/** A promise resolved by hand, to finish work items in any order. */
function gate<T>() {
  let open!: (v: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('orderedMap', () => {
  it('yields in input order when the work finishes out of order', async () => {
    const gates = [0, 1, 2, 3].map(() => gate<string>());
    const out: string[] = [];
    const done = (async () => {
      for await (const r of orderedMap([0, 1, 2, 3], 4, (k) => gates[k]!.promise)) out.push(r);
    })();
    for (const k of [3, 1, 2]) gates[k]!.open(`r${k}`);
    await flush();
    expect(out).toEqual([]); // the first is not done: nothing may come out
    gates[0]!.open('r0');
    await done;
    expect(out).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('never has more than `limit` items in flight, and reads the source no further ahead', async () => {
    let running = 0;
    let most = 0;
    let read = 0;
    function* source() {
      for (let k = 0; k < 50; k++) {
        read++;
        yield k;
      }
    }
    const seen: number[] = [];
    for await (const r of orderedMap(source(), 3, async (k) => {
      running++;
      most = Math.max(most, running);
      await flush();
      running--;
      return k;
    })) {
      seen.push(r);
      expect(read).toBeLessThanOrEqual(r + 1 + 3);
    }
    expect(seen).toEqual([...Array(50).keys()]);
    expect(most).toBe(3);
  });

  it('gives a result as soon as it is ready, without waiting for the next input', async () => {
    const next = gate<void>();
    async function* source() {
      yield 1;
      await next.promise; // a slow stream: the second item is not there yet
      yield 2;
    }
    const it = orderedMap(source(), 4, async (k) => k * 10)[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: 10, done: false });
    next.open();
    expect(await it.next()).toEqual({ value: 20, done: false });
    expect((await it.next()).done).toBe(true);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    function* source() {
      try {
        for (let k = 0; ; k++) yield k;
      } finally {
        closed = true;
      }
    }
    for await (const r of orderedMap(source(), 2, async (k) => k)) if (r === 5) break;
    expect(closed).toBe(true);
  });

  it('gives the results of what was read before the source failed, then its error', async () => {
    async function* source() {
      yield 1;
      yield 2;
      throw new Error('source broke');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of orderedMap(source(), 4, async (k) => k)) seen.push(r);
      })(),
    ).rejects.toThrow('source broke');
    expect(seen).toEqual([1, 2]);
  });

  it('rethrows a failed item in its turn, after the ones before it', async () => {
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of orderedMap([1, 2, 3], 3, async (k) => {
          if (k === 2) throw new Error('item 2');
          return k;
        }))
          seen.push(r);
      })(),
    ).rejects.toThrow('item 2');
    expect(seen).toEqual([1]);
  });
});
