#!/usr/bin/env node
// Runs a Node script in this process and, at exit, writes {"maxRssMB", "seconds", "cpuSeconds", "mainBusy"} to file descriptor 3.
// maxRSS is process-wide, so it counts worker threads too.   node bench/rss.mjs dist/cli.js --jsonl … 3>&1
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const t0 = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  const report = {
    maxRssMB: +(u.maxRSS / 1024).toFixed(1),
    seconds: +((performance.now() - t0) / 1000).toFixed(3),
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
