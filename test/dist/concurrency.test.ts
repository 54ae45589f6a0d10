// Concurrent calls, in worker threads running at the same time, give what serial calls give.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { extractQuotes as ExtractQuotes } from '../../src/index.js';

const DIST = new URL('../../dist/index.js', import.meta.url).href;

const TEXTS = [
  'Finance Minister Anna Berg met reporters on Monday.\n"We will not pay twice," the minister said.',
  'The two signed a treaty, Russian state media reported. Putin said he appreciated the support.',
  '"It is closed," police said. According to the ministry, the road will reopen on Friday.',
  'SMITH: Do you see those two as equal?\nJONES: Not at all, and I never did.',
  'Mayor Tom Ricks said he expected the bridge to reopen in spring, though no date was set.',
];

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then(({ extractQuotes }) => {
  const out = [];
  for (let round = 0; round < workerData.rounds; round++) for (const t of workerData.texts) out.push(extractQuotes(t));
  parentPort.postMessage(JSON.stringify(out));
});
`;

function inWorker(texts: string[], rounds: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { url: DIST, texts, rounds } });
    w.once('message', (m: string) => { resolve(JSON.parse(m) as unknown[]); void w.terminate(); });
    w.once('error', reject);
  });
}

describe('concurrency', () => {
  it('three workers extracting at once give the serial results', async () => {
    const { extractQuotes } = (await import(DIST)) as { extractQuotes: typeof ExtractQuotes };
    const serial = JSON.parse(JSON.stringify(TEXTS.map((t) => extractQuotes(t)))) as unknown[];
    const rounds = 20;
    const orders = [TEXTS, [...TEXTS].reverse(), [...TEXTS.slice(2), ...TEXTS.slice(0, 2)]];
    const results = await Promise.all(orders.map((texts) => inWorker(texts, rounds)));
    results.forEach((got, w) => {
      const texts = orders[w]!;
      expect(got).toHaveLength(texts.length * rounds);
      got.forEach((r, k) => expect(r).toEqual(serial[TEXTS.indexOf(texts[k % texts.length]!)]));
    });
  });
});
