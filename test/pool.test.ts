// createPool (src/node/pool.ts) with real worker threads, on fixture scripts that speak serve()'s messages; and
// serve() itself, on a stand-in for the thread's port. The library's, the CLI's and the queue's worker scripts run
// through it in the dist tests (test/dist/node.test.ts, cli.test.ts) and the queue tests.
import type * as WorkerThreads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLI_YOUNG_GENERATION_MB,
  createPool,
  TASKS_PER_WORKER,
  threadArgv,
  type WorkerPool,
} from '../src/node/pool.js';

const fixture = (name: string): URL => new URL(`./fixtures/pool/${name}`, import.meta.url);

interface Echo {
  readonly echo: unknown;
  readonly thread: number;
  readonly data: unknown;
  readonly limits: { readonly maxYoungGenerationSizeMb: number };
}
type Task = {
  echo?: unknown;
  busy?: number;
  fail?: string;
  crash?: number;
  uncaught?: string;
  bytes?: number;
};

const settled = (p: Promise<unknown>, ms = 50): Promise<string> =>
  Promise.race([
    p.then(
      () => 'resolved',
      (err: Error) => `rejected: ${err.message}`,
    ),
    new Promise<string>((resolve) => setTimeout(resolve, ms, 'pending')),
  ]);

const pools: WorkerPool<unknown, unknown>[] = [];
function pool<R = Echo>(workers: number, script = 'echo.mjs', extra: object = {}): WorkerPool<Task, R> {
  const p = createPool<Task, R>(workers, { script: fixture(script), ...extra });
  pools.push(p as WorkerPool<unknown, unknown>);
  return p;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('createPool', () => {
  it('answers every task with its own value, on every thread, each with the workerData given', async () => {
    const p = pool(2, 'echo.mjs', { workerData: { shared: 'once per thread' } });
    await p.ready();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => p.run({ echo: i, busy: 2 })));
    expect(answers.map((a) => a.echo)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(new Set(answers.map((a) => a.thread)).size).toBe(2);
    expect(answers.every((a) => (a.data as { shared: string }).shared === 'once per thread')).toBe(true);
  });

  it('rejects a task that fails with its error message, and goes on with the rest', async () => {
    const p = pool(1);
    const [bad, good] = await Promise.allSettled([p.run({ fail: 'no such document' }), p.run({ echo: 'next' })]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'no such document' } });
    expect(good).toMatchObject({ status: 'fulfilled', value: { echo: 'next' } });
  });

  it('receives a buffer the thread moved, whole', async () => {
    const p = pool<ArrayBuffer>(1);
    const buffer = await p.run({ bytes: 1000 });
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(buffer)).toEqual(new Uint8Array(1000).fill(7));
  });

  it('is ready once every thread has loaded, not before; asked afterwards, at once', async () => {
    const p = pool(2, 'slow-load.mjs');
    const ready = p.ready();
    expect(await settled(ready)).toBe('pending');
    expect(await settled(ready, 5000)).toBe('resolved');
    expect(await settled(p.ready())).toBe('resolved');
  });

  it('fails ready() and every task when its script cannot load, and does not start it again and again', async () => {
    const p = pool(2, 'broken.mjs');
    const task = p.run({ echo: 1 });
    expect(await settled(p.ready(), 5000)).toBe('rejected: cannot load the worker script');
    expect(await settled(task)).toBe('rejected: cannot load the worker script');
    expect(await settled(p.run({ echo: 2 }))).toBe('rejected: cannot load the worker script');
  });

  it('fails the tasks a dying thread held, and replaces the thread: later tasks are answered', async () => {
    const p = pool(1);
    await p.ready();
    const [crashed] = await Promise.allSettled([p.run({ crash: 3 })]);
    expect(crashed).toMatchObject({
      status: 'rejected',
      reason: { message: 'saidby: a worker thread stopped (exit code 3)' },
    });
    await expect(p.run({ echo: 'after' })).resolves.toMatchObject({ echo: 'after' });
    await expect(p.ready()).resolves.toBeUndefined();
  });

  it("fails a thread's tasks with an uncaught error of its own, and goes on with a new thread", async () => {
    const p = pool(1);
    await p.ready();
    const held = [p.run({ echo: 'held too', busy: 20 }), p.run({ uncaught: 'thread broke' })];
    const [first, broke] = await Promise.allSettled(held);
    expect(first).toMatchObject({ status: 'fulfilled', value: { echo: 'held too' } });
    expect(broke).toMatchObject({ status: 'rejected', reason: { message: 'thread broke' } });
    await expect(p.run({ echo: 'after' })).resolves.toMatchObject({ echo: 'after' });
  });

  it('caps the young generation when asked (the CLI pool), and leaves it to V8 otherwise', async () => {
    const capped = pool(1, 'echo.mjs', { youngGenerationMb: CLI_YOUNG_GENERATION_MB });
    const plain = pool(1);
    const [a, b] = await Promise.all([capped.run({ echo: 'limits' }), plain.run({ echo: 'limits' })]);
    expect(a.limits.maxYoungGenerationSizeMb).toBe(CLI_YOUNG_GENERATION_MB);
    expect(b.limits.maxYoungGenerationSizeMb).not.toBe(CLI_YOUNG_GENERATION_MB);
  });

  it('on close(), drops the queued tasks, finishes those sent to a thread, then ends the threads', async () => {
    const p = pool(1);
    await p.ready();
    // TASKS_PER_WORKER go to the thread at once (sent ahead); the rest wait in the pool's queue.
    const tasks = Array.from({ length: TASKS_PER_WORKER + 6 }, (_, i) => p.run({ echo: i, busy: 5 }));
    const outcomes = Promise.allSettled(tasks);
    expect(p.closed).toBe(false);
    await p.close();
    expect(p.closed).toBe(true);
    const done = await outcomes;
    expect(done.slice(0, TASKS_PER_WORKER).map((o) => o.status)).toEqual(Array(TASKS_PER_WORKER).fill('fulfilled'));
    expect(
      done.slice(TASKS_PER_WORKER).map((o) => (o.status === 'rejected' ? (o.reason as Error).message : 'answered')),
    ).toEqual(Array(6).fill('saidby: the pool is closed'));
    expect(await settled(p.run({ echo: 'late' }))).toBe('rejected: saidby: the pool is closed');
    expect(await settled(p.ready())).toBe('rejected: saidby: the pool is closed');
  });

  it('fails a waiting ready() when the pool is closed, rather than leaving it pending forever', async () => {
    const p = pool(2, 'slow-load.mjs');
    const ready = settled(p.ready(), 5000);
    await p.close();
    expect(await ready).toBe('rejected: saidby: the pool was closed before it was ready');
  });
});

describe('threadArgv', () => {
  it("lets a thread inherit the process's Node options (V8's too), but --input-type, which a thread refuses", () => {
    expect(threadArgv(['--max-old-space-size=900', '--perf-basic-prof'])).toBeUndefined();
    expect(threadArgv([])).toBeUndefined();
    expect(threadArgv(['--input-type=module', '--no-warnings', '-e', 'code'])).toEqual(['--no-warnings', '-e', 'code']);
    expect(threadArgv(['--input-type', 'module', '--no-warnings'])).toEqual(['--no-warnings']);
  });
});

describe('serve', () => {
  it('says the thread has loaded, then answers the tasks waiting together, moving the buffers named', async () => {
    const posted: { message: unknown; transfer: unknown }[] = [];
    const waiting: unknown[] = [];
    let onMessage: ((m: unknown) => void) | null = null;
    vi.resetModules();
    vi.doMock('node:worker_threads', async (original) => ({
      ...(await original<typeof WorkerThreads>()),
      parentPort: {
        on: (_: string, f: (m: unknown) => void) => (onMessage = f),
        postMessage: (message: unknown, transfer: unknown) => posted.push({ message, transfer }),
      },
      receiveMessageOnPort: () => (waiting.length ? { message: waiting.shift() } : undefined),
    }));
    const { serve } = await import('../src/node/pool.js');
    const buffers = [new ArrayBuffer(8), new ArrayBuffer(8)];
    serve(
      (task: number) => {
        if (task < 0) throw new TypeError('a bad task');
        return { task, buffer: buffers[task % 2]! };
      },
      (value) => [value.buffer],
    );
    expect(posted).toEqual([{ message: { 'saidby:loaded': true }, transfer: undefined }]);
    // One task alone: answered alone.
    onMessage!([[1, 0]]);
    expect(posted[1]).toEqual({ message: [[1, { task: 0, buffer: buffers[0] }]], transfer: [buffers[0]] });
    // Two messages waiting behind a first: all four tasks answered in one message, a failure among them as its
    // message.
    waiting.push(
      [[3, -1]],
      [
        [4, 1],
        [5, 0],
      ],
    );
    onMessage!([[2, 1]]);
    expect(posted[2]).toEqual({
      message: [
        [2, { task: 1, buffer: buffers[1] }],
        [3, null, 'a bad task'],
        [4, { task: 1, buffer: buffers[1] }],
        [5, { task: 0, buffer: buffers[0] }],
      ],
      transfer: [buffers[1], buffers[0]], // each once: postMessage refuses a buffer listed twice
    });
    // Never more than sixteen answers in one message, however the tasks came.
    waiting.push(Array.from({ length: 19 }, (_, k) => [10 + k, 0]));
    onMessage!([[9, 0]]);
    expect(posted.slice(3).map((p) => (p.message as unknown[]).length)).toEqual([16, 4]);
    onMessage!(Array.from({ length: 18 }, (_, k) => [30 + k, 0]));
    expect(posted.slice(5).map((p) => (p.message as unknown[]).length)).toEqual([16, 2]);
    // A message without tasks (the pool sends none) is answered with nothing.
    onMessage!([]);
    expect(posted).toHaveLength(7);
    vi.doUnmock('node:worker_threads');
    vi.resetModules();
  });
});
