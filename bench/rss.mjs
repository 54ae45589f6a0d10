#!/usr/bin/env node
// Runs a Node script in this process and, at exit, writes {"maxRssMB", "seconds", "steadySeconds", "cpuSeconds",
// "mainBusy"} to file descriptor 3 (steadySeconds: from the time the first tenth of the output was written).
// maxRSS is process-wide, so it counts worker threads too.   node bench/rss.mjs dist/cli.js --jsonl … 3>&1
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const t0 = performance.now();
// When each part of the output was written: the time by which the first tenth of it was out marks the end of
// the start-up (loading, the knowledge base, JIT warm-up), which a long run pays once.
const written = [];
let bytes = 0;
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  bytes += chunk.length;
  written.push(performance.now(), bytes);
  return write.call(this, chunk, ...rest);
};
process.on('exit', () => {
  const u = process.resourceUsage();
  const end = performance.now();
  let tenth = end;
  for (let k = 0; k < written.length; k += 2)
    if (written[k + 1] >= bytes / 10) {
      tenth = written[k];
      break;
    }
  const report = {
    maxRssMB: +(u.maxRSS / 1024).toFixed(1),
    seconds: +((end - t0) / 1000).toFixed(3),
    steadySeconds: +((end - tenth) / 1000).toFixed(3),
    cpuSeconds: +((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2),
    mainBusy: +performance.eventLoopUtilization().utilization.toFixed(3), // the main thread's event loop, all run
  };
  try {
    writeSync(3, JSON.stringify(report) + '\n');
  } catch {
    process.stderr.write(JSON.stringify(report) + '\n');
  }
});
const script = process.argv[2];
if (!script) throw new Error('usage: node bench/rss.mjs SCRIPT [args…]');
process.argv.splice(1, 1); // the script sees itself as argv[1]
await import(pathToFileURL(resolve(script)).href);
