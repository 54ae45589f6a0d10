// A worker thread for bench/parallel.mjs's "bare" rows: extractQuotes over the texts it is given, nothing sent
// back but a count. No pool, no transfer of results, no main-thread work: what worker threads alone can give.
import { parentPort, workerData } from 'node:worker_threads';
import { extractQuotes } from '../dist/index.js';

let quotes = 0;
for (const text of workerData.texts) quotes += extractQuotes(text).quotes.length;
parentPort.postMessage({ quotes });
