// createPool's settings for piscina (src/node/pool.ts), read off a stand-in for piscina: no thread is started.
import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ options: [] as Record<string, unknown>[], pools: [] as unknown[] }));
vi.mock('piscina', async () => ({
  Piscina: class extends (await import('node:events')).EventEmitter {
    constructor(options: Record<string, unknown>) {
      super();
      seen.options.push(options);
      seen.pools.push(this);
    }
    run(): Promise<never> {
      return Promise.reject(new Error('not started'));
    }
    close(): Promise<void> {
      return Promise.resolve();
    }
  },
}));

const { announceLoaded, CLI_YOUNG_GENERATION_MB, createPool } = await import('../src/node/pool.js');

/** The stand-in piscina of the last pool made, and a thread's message to it as announceLoaded posts it. */
function lastPool(): EventEmitter {
  return seen.pools.at(-1) as EventEmitter;
}
function loaded(): unknown {
  let message: unknown;
  announceLoaded({ postMessage: (m) => (message = m) });
  return message;
}
const settled = (p: Promise<void>): Promise<string> =>
  Promise.race([
    p.then(
      () => 'resolved',
      (err: Error) => `rejected: ${err.message}`,
    ),
    new Promise<string>((resolve) => setTimeout(resolve, 20, 'pending')),
  ]);

describe('createPool', () => {
  beforeEach(() => {
    seen.options.length = 0;
    seen.pools.length = 0;
  });

  it('makes a fixed-size pool of the given size, tasks queued ahead in each worker', async () => {
    await createPool(3).close();
    expect(seen.options[0]).toMatchObject({ minThreads: 3, maxThreads: 3, concurrentTasksPerWorker: 4 });
  });

  it("leaves the workers' heap limits to V8 by default (the library's pool)", async () => {
    await createPool(2).close();
    expect(seen.options[0]).not.toHaveProperty('resourceLimits');
  });

  it("caps the young generation when asked (the CLI's pool)", async () => {
    await createPool(2, { youngGenerationMb: CLI_YOUNG_GENERATION_MB }).close();
    expect(seen.options[0]).toMatchObject({ resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  });

  it('is ready once every thread has said it loaded, not before; other messages do not count', async () => {
    const pool = createPool(2);
    const ready = pool.ready();
    lastPool().emit('message', loaded());
    lastPool().emit('message', { something: 'else' });
    expect(await settled(ready)).toBe('pending');
    lastPool().emit('message', loaded());
    expect(await settled(ready)).toBe('resolved');
    // asked afterwards, it is ready at once
    expect(await settled(pool.ready())).toBe('resolved');
    await pool.close();
  });

  it('counts threads that loaded before anyone asked', async () => {
    const pool = createPool(1);
    lastPool().emit('message', loaded());
    expect(await settled(pool.ready())).toBe('resolved');
    await pool.close();
  });

  it('fails ready() when a thread fails to start, and leaves no listener behind', async () => {
    const pool = createPool(2);
    const ready = pool.ready();
    lastPool().emit('error', new Error('cannot load the worker script'));
    expect(await settled(ready)).toBe('rejected: cannot load the worker script');
    expect(lastPool().listenerCount('error')).toBe(0);
    await pool.close();
  });

  it('fails a waiting ready() when the pool is closed, rather than leaving it pending forever', async () => {
    const pool = createPool(2);
    const ready = pool.ready();
    expect(pool.closed).toBe(false);
    await pool.close();
    expect(pool.closed).toBe(true);
    expect(await settled(ready)).toBe('rejected: saidby: the pool was closed before it was ready');
    expect(await settled(pool.ready())).toBe('rejected: saidby: the pool is closed');
  });
});
