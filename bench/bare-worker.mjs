// A worker thread for bench/parallel.mjs's "bare" rows (through bench/child.mjs --mode bare): extractQuotes over the
// texts it is given, nothing sent back but a count. No pool, no transfer of results, no main-thread work: what
// worker threads alone can give. It says when it has loaded saidby and waits for 'go', so that its clock, like
// every other row's, starts with the library loaded.
import { parentPort, workerData } from 'node:worker_threads';
import { extractQuotes } from '../dist/index.js';

parentPort.postMessage('loaded');
parentPort.once('message', () => {
  let quotes = 0;
  for (const text of workerData.texts) quotes += extractQuotes(text).quotes.length;
  parentPort.postMessage({ quotes });
});
