#!/usr/bin/env node
// The BullMQ queue against the CLI, on one machine (issue 20's measurements; figures in docs/scale.md):
//   1. the CLI, `saidby --jsonl --workers 2`, on --mb MB of JSONL;
//   2. `saidby queue add` (the producer) and 3 `saidby queue work` processes at once, on the same file, then collect;
//   3. a simulated cluster: the producer and 10 worker processes with concurrency 1; every id checked once.
// Each process runs under bench/rss.mjs (its peak RSS and CPU seconds). A redis-server of its own, on a free local
// port, is started and stopped here; its CPU seconds and the commands it ran come from INFO. The JSONL is made up
// from examples/article.txt (names, numbers and sentence order varied per document), never gold text.
//
//   npm run build && node bench/queue.mjs [--mb 100] [--cluster 10] [--json]
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: v } = parseArgs({
  options: {
    mb: { type: 'string' },
    cluster: { type: 'string' },
    batch: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const MB = Number(v.mb ?? 100);
const CLUSTER = Number(v.cluster ?? 10);
const BATCH = v.batch === undefined ? [] : ['--batch', v.batch];
const log = (s) => {
  if (!v.json) console.error(s);
};
const cli = join(root, 'dist', 'cli.js');
const rss = join(root, 'bench', 'rss.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'saidby-queue-bench-'));

// --- the input: made-up articles, each a variation of examples/article.txt ---
const base = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
const paragraphs = base.split(/\n\s*\n/).filter((p) => p.trim());
const NAMES = ['Maria Lopez', 'Tom Baker', 'Aisha Khan', 'Peter Novak', 'Lena Fischer', 'Omar Haddad'];
async function makeInput(file) {
  const out = createWriteStream(file);
  let bytes = 0;
  let n = 0;
  while (bytes < MB * 1e6) {
    // Rotate the paragraphs and swap in a name and a number, so that no two documents are the same text.
    const k = n % paragraphs.length;
    const text = [...paragraphs.slice(k), ...paragraphs.slice(0, k)]
      .join('\n\n')
      .replace(/\b\d+\b/g, (d) => String(Number(d) + (n % 97)))
      .concat(`\n\n"We will see," ${NAMES[n % NAMES.length]} said of item ${n}.`);
    const line = JSON.stringify({ id: `doc-${n}`, text }) + '\n';
    bytes += Buffer.byteLength(line);
    n++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return n;
}

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** Runs `node bench/rss.mjs dist/cli.js …args`; resolves to its report (peak RSS, seconds, CPU seconds). */
function run(args, stdout = 'ignore') {
  const child = spawn(process.execPath, [rss, cli, ...args], { stdio: ['ignore', stdout, 'pipe', 'pipe'] });
  let report = '';
  let err = '';
  child.stdio[3].on('data', (c) => (report += c));
  child.stderr.on('data', (c) => (err += c));
  return new Promise((resolveRun, reject) => {
    child.on('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`saidby ${args.join(' ')} exited ${code}: ${err}`));
      else resolveRun({ ...JSON.parse(report), code, stderr: err });
    });
  });
}

async function redisInfo(client) {
  const info = await client.info();
  const num = (k) => Number(new RegExp(`^${k}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
  return {
    cpu: num('used_cpu_user') + num('used_cpu_sys'),
    commands: num('total_commands_processed'),
    memoryMB: num('used_memory_peak') / 1e6,
  };
}

async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmp, 'redis-'));
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { retryStrategy: (t) => (t > 100 ? null : 50) });
  client.on('error', () => undefined); // refused until the server is up; ping() below waits for it
  await client.ping();
  return { url, client, stop: async () => (client.disconnect(), proc.kill(), await once(proc, 'exit')) };
}

/** The producer and `workers` worker processes of `concurrency` jobs each, all at once; then collect. */
async function queueRun(file, docs, workers, concurrency, name) {
  const redis = await startRedis();
  const before = await redisInfo(redis.client);
  const target = ['--redis', redis.url, '--queue', name];
  const out = join(tmp, `${name}-results`);
  const t0 = performance.now();
  const producer = run(['queue', 'add', file, ...target, ...BATCH]);
  const ws = Array.from({ length: workers }, () =>
    run(['queue', 'work', ...target, '--out', out, '--concurrency', String(concurrency), '--exit-when-empty']),
  );
  const p = await producer;
  const w = await Promise.all(ws);
  const seconds = (performance.now() - t0) / 1000;
  const after = await redisInfo(redis.client);
  const collected = join(tmp, `${name}.jsonl`);
  const c = await run(['queue', 'collect', ...target, '--results', out, '--out', collected]);
  // Read line by line: the collected output of 100 MB of input is larger than the longest string V8 can hold.
  const ids = [];
  for await (const line of createInterface({ input: createReadStream(collected), crlfDelay: Infinity })) {
    if (line) ids.push(JSON.parse(line).id);
  }
  let records = 0;
  for (const f of readdirSync(out)) {
    for await (const line of createInterface({ input: createReadStream(join(out, f)), crlfDelay: Infinity })) {
      if (line) records++;
    }
  }
  await redis.stop();
  return {
    workers,
    concurrency,
    seconds: +seconds.toFixed(2),
    docsPerSecond: +(docs / seconds).toFixed(1),
    MBperSecond: +(MB / seconds).toFixed(2),
    producer: { seconds: p.seconds, cpuSeconds: p.cpuSeconds, maxRssMB: p.maxRssMB },
    workerCpuSeconds: +w.reduce((a, r) => a + r.cpuSeconds, 0).toFixed(2),
    workerMaxRssMB: Math.max(...w.map((r) => r.maxRssMB)),
    redis: {
      cpuSeconds: +(after.cpu - before.cpu).toFixed(2),
      commandsPerDocument: +((after.commands - before.commands) / docs).toFixed(1),
      peakMemoryMB: +after.memoryMB.toFixed(1),
    },
    collect: { seconds: c.seconds, maxRssMB: c.maxRssMB },
    check: { ids: ids.length, distinct: new Set(ids).size, expected: docs, recordsInSink: records },
  };
}

if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
  console.error('bench/queue.mjs needs redis-server (apt-get install redis-server)');
  process.exit(1);
}
try {
  const file = join(tmp, 'input.jsonl');
  const docs = await makeInput(file);
  log(
    `input: ${docs} made-up documents, ${(statSync(file).size / 1e6).toFixed(1)} MB of JSONL; load ${(
      await import('node:os')
    )
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const c = await run(['--jsonl', '--workers', '2', file]);
  const cliRun = {
    seconds: c.seconds,
    docsPerSecond: +(docs / c.seconds).toFixed(1),
    MBperSecond: +(MB / c.seconds).toFixed(2),
    cpuSeconds: c.cpuSeconds,
    maxRssMB: c.maxRssMB,
  };
  log(`CLI --jsonl --workers 2: ${JSON.stringify(cliRun)}`);
  const three = await queueRun(file, docs, 3, 1, 'three');
  log(`queue, producer + 3 workers: ${JSON.stringify(three)}`);
  const cluster = await queueRun(file, docs, CLUSTER, 1, 'cluster');
  log(`queue, producer + ${CLUSTER} workers (concurrency 1): ${JSON.stringify(cluster)}`);
  // The queue's cost per document beyond the extraction: all the CPU the queue run took (producer, workers,
  // Redis) less what the CLI took for the same documents, per document.
  const overheadMs = (r) =>
    +((1000 * (r.producer.cpuSeconds + r.workerCpuSeconds + r.redis.cpuSeconds - cliRun.cpuSeconds)) / docs).toFixed(2);
  const result = {
    documents: docs,
    MB,
    cli: cliRun,
    queue3: { ...three, overheadCpuMsPerDocument: overheadMs(three) },
    cluster: { ...cluster, overheadCpuMsPerDocument: overheadMs(cluster) },
  };
  if (v.json) console.log(JSON.stringify(result, null, 2));
  else
    log(
      `queue overhead, CPU ms per document beyond the CLI's: 3 workers ${result.queue3.overheadCpuMsPerDocument}, ${CLUSTER} workers ${result.cluster.overheadCpuMsPerDocument}`,
    );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
