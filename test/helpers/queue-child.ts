/**
 * A queue worker in a process of its own, for the fault tests (kill -9, SIGTERM, Redis restart): the library's
 * createWorker in the main thread, each document made to last `delayMs` longer so that a fault lands mid-run.
 *
 *   node --import tsx test/helpers/queue-child.ts URL QUEUE DIR LOCK_MS DELAY_MS CONCURRENCY
 *
 * Prints `ready` once connected, `done ID` after each result is written; exits 0 after SIGTERM once its jobs in
 * hand are finished.
 */
import { extractQuotes } from '../../src/index.js';
import { createWorker } from '../../src/queue/worker.js';

const [url, queue, dir, lockMs, delayMs, concurrency] = process.argv.slice(2) as [string, string, string, ...string[]];
const pause = new Int32Array(new SharedArrayBuffer(4));

const worker = await createWorker(
  { redis: url, queue },
  {
    sink: { dir },
    lockMs: Number(lockMs),
    concurrency: Number(concurrency),
    extractor: (text, options) => {
      // A busy document: the thread is held, as a long article would hold it.
      Atomics.wait(pause, 0, 0, Number(delayMs));
      const r = extractQuotes(text, options);
      process.stdout.write(`done ${text.slice(0, 12)}\n`);
      return r;
    },
  },
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.close().then(() => {
    process.stdout.write(`closed ${worker.counts.done}\n`);
    process.exit(0);
  });
});
