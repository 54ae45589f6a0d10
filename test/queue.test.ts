// saidby/queue and `saidby queue …` against a real redis-server (test/helpers/redis.ts): a run end to end, and
// each fault of issue 20: a worker killed with kill -9, Redis restarted, a bad document, SIGTERM, bad input.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { collect, createWorker, enqueue, status, type QueueDoc } from '../src/queue.js';
import { jobId } from '../src/queue/jobs.js';
import { redisOptions } from '../src/queue/connect.js';
import { runCli } from './helpers/cli.js';
import { freePort, redisBinary, startRedis, type TestRedis } from './helpers/redis.js';

const binary = redisBinary();
const CHILD = join(import.meta.dirname, 'helpers', 'queue-child.ts');

/** Made-up news lines, each with its id in the text so that a child process can report it. */
function docs(n: number, tag: string): QueueDoc[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `${tag}${k}`,
    text: `${tag}${k} opened. "The bridge will reopen in May," the city engineer said on Tuesday.`,
  }));
}

async function collected(url: string, queue: string, dir: string): Promise<{ ids: string[]; lines: string[] }> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (c: Buffer) => (s += c.toString()));
  await collect({ redis: url, queue }, out, { sink: { dir } });
  const lines = s.split('\n').filter(Boolean);
  return { ids: lines.map((l) => String((JSON.parse(l) as { id: unknown }).id)), lines };
}

/** A worker process; resolves once it says `ready`. `lines` grows with what it prints. */
async function child(
  url: string,
  queue: string,
  dir: string,
  timing: string[],
): Promise<{
  proc: ChildProcess;
  lines: string[];
}> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, url, queue, dir, ...timing], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(proc);
  const lines: string[] = [];
  let buf = '';
  await new Promise<void>((resolve, reject) => {
    proc.stdout?.on('data', (c: Buffer) => {
      buf += c.toString();
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.includes('ready')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`worker exited with ${String(code)} before it was ready`)));
  });
  return { proc, lines };
}

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every worker process started, killed at the end whatever happened. */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const proc of children) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
});

const exited = (proc: ChildProcess): Promise<number | null> =>
  proc.exitCode !== null ? Promise.resolve(proc.exitCode) : new Promise((resolve) => proc.once('exit', resolve));

describe('queue helpers', () => {
  it('makes job ids BullMQ accepts (no integers, no colons), one per document id', () => {
    for (const id of [42, '42', 'a:b', 'ünï']) expect(jobId(id)).toMatch(/^d[\w-]+$/);
    expect(jobId(7)).toBe(jobId('7'));
    expect(jobId('a')).not.toBe(jobId('b'));
  });

  it('reads a Redis URL, and refuses what is not one', () => {
    expect(redisOptions('redis://u:p%40ss@host:6380/2')).toMatchObject({
      host: 'host',
      port: 6380,
      username: 'u',
      password: 'p@ss',
      db: 2,
    });
    expect(redisOptions('rediss://h')).toMatchObject({ host: 'h', port: 6379, tls: {} });
    for (const bad of ['http://h:6379', 'localhost:6379', '', 'redis://h/news', 42]) {
      expect(() => redisOptions(bad)).toThrow(TypeError);
    }
  });
});

describe.skipIf(binary === null)('queue against a real redis-server', () => {
  let redis: TestRedis;
  let tmp: string;
  beforeAll(async () => {
    redis = await startRedis(binary as string);
    tmp = mkdtempSync(join(tmpdir(), 'saidby-queue-'));
  });
  afterAll(async () => {
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('add, work, status, collect from the CLI: every id once, a bad document an error record', async () => {
    const input = join(tmp, 'in.jsonl');
    const out = join(tmp, 'cli-results');
    const lines = [
      ...docs(5, 'c').map((d) => JSON.stringify(d)),
      JSON.stringify({ id: 'not-text', text: 42 }),
      JSON.stringify({ text: '"Fine," she said.', date: '2026-01-02' }),
      '{broken',
    ];
    writeFileSync(input, lines.join('\n') + '\n');
    const args = ['--redis', redis.url, '--queue', 'cli'];
    // Batches of three: jobs of 3, 3 and 1 documents (the non-string text in the second, so that a batch's bad
    // document and a single document's path are both taken).
    const added = await runCli(['queue', 'add', input, ...args, '--attempts', '2', '--batch', '3']);
    expect(added.code).toBe(1); // the broken line
    expect(added.err).toContain('in.jsonl:8: invalid JSON');
    expect(added.err).toContain('7 documents sent');
    expect((await runCli(['queue', 'status', ...args])).out).toContain('waiting 3, active 0');
    expect((await runCli(['queue', 'add', input, ...args, '--batch', '0'])).err).toContain('--batch expects');
    const worked = await runCli(['queue', 'work', ...args, '--out', out, '--exit-when-empty', '--lock-ms', '20000']);
    expect(worked.code).toBe(0);
    expect(worked.err).toContain('6 done, 1 failed');
    const s = JSON.parse((await runCli(['queue', 'status', ...args, '--json'])).out) as Awaited<
      ReturnType<typeof status>
    >;
    expect(s).toMatchObject({ waiting: 0, active: 0, failed: 1, done: 6 });
    expect(s.failures).toEqual([{ id: 'not-text', error: expect.stringContaining('expects text to be a string') }]);
    const got = await runCli(['queue', 'collect', ...args, '--results', out]);
    expect(got.code).toBe(1); // an error record
    const records = got.out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'in.jsonl:7', 'not-text']);
    // The record is the id, then extractQuotes's result without its tokens, as the CLI's --jsonl writes it.
    const { tokens: _tokens, ...expected } = extractQuotes(docs(1, 'c')[0]?.text as string);
    expect(records.find((r) => r.id === 'c0')).toEqual(JSON.parse(JSON.stringify({ id: 'c0', ...expected })));
    expect(records.find((r) => r.id === 'in.jsonl:7')).toMatchObject({ date: '2026-01-02' });
    expect(records.find((r) => r.id === 'not-text')).toMatchObject({ attempts: 2, error: expect.any(String) });
  });

  // In a job of its own (batch 1), BullMQ retries it; in a batch, the worker retries it in place and then moves
  // it to the failed set. Either way: tried `attempts` times, one error record, the other documents written.
  it.each([1, 16])(
    'a document that throws (batch %i) is tried as configured, then failed; the run goes on',
    async (batch) => {
      const target = { redis: redis.url, queue: `throws${batch}` };
      const dir = join(tmp, `throws${batch}`);
      await enqueue(target, [...docs(4, 't'), { id: 'boom', text: 'BOOM' }], { attempts: 3, batch });
      let tries = 0;
      const w = await createWorker(target, {
        sink: { dir },
        lockMs: 2000,
        extractor: (text, options) => {
          if (text === 'BOOM') {
            tries++;
            throw new Error('made-up failure');
          }
          return extractQuotes(text, options);
        },
      });
      await w.drained(100);
      await w.close();
      expect(tries).toBe(3);
      const s = await status(target);
      expect(s).toMatchObject({ failed: 1, done: 4, waiting: 0 });
      expect(s.failures).toEqual([{ id: 'boom', error: 'made-up failure' }]);
      const { ids, lines } = await collected(redis.url, `throws${batch}`, dir);
      expect(ids.sort()).toEqual(['boom', 't0', 't1', 't2', 't3']);
      expect(lines.filter((l) => l.includes('made-up failure'))).toHaveLength(1);
    },
  );

  it('kill -9 of a worker mid-run: its jobs are taken up after the lock expires, nothing lost or doubled', async () => {
    const queue = 'killed';
    const dir = join(tmp, queue);
    const n = 80;
    await enqueue({ redis: redis.url, queue }, docs(n, 'k'), { batch: 4 }); // a killed worker holds whole batches
    // A 3 s lock: long enough that the killed worker's jobs are still seen locked just after the kill. Both start
    // at once, so that neither has done the whole queue before the other is ready.
    const timing = ['3000', '100', '2'];
    const [a, b] = await Promise.all([child(redis.url, queue, dir, timing), child(redis.url, queue, dir, timing)]);
    await until(() => a.lines.length > 3, 20_000);
    a.proc.kill('SIGKILL');
    await exited(a.proc);
    const s = await status({ redis: redis.url, queue });
    expect(s.active).toBeGreaterThan(0); // the killed worker's jobs, still locked
    expect(s.waiting).toBeGreaterThan(0); // killed mid-run
    const w = await createWorker({ redis: redis.url, queue }, { sink: { dir }, lockMs: 3000 });
    await w.drained(100);
    await w.close();
    b.proc.kill('SIGTERM');
    expect(await exited(b.proc)).toBe(0);
    expect(await status({ redis: redis.url, queue })).toMatchObject({ done: n, failed: 0, active: 0, waiting: 0 });
    const { ids } = await collected(redis.url, queue, dir);
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('SIGTERM: the worker finishes the jobs in hand, writes them, and exits 0', async () => {
    const queue = 'sigterm';
    const dir = join(tmp, queue);
    const n = 30;
    await enqueue({ redis: redis.url, queue }, docs(n, 's'), { batch: 1 }); // counts below are of jobs: one each
    const a = await child(redis.url, queue, dir, ['5000', '150', '3']);
    await until(() => a.lines.some((l) => l.startsWith('done')), 20_000);
    a.proc.kill('SIGTERM');
    expect(await exited(a.proc)).toBe(0);
    const closed = Number(a.lines.find((l) => l.startsWith('closed'))?.split(' ')[1]);
    const s = await status({ redis: redis.url, queue });
    expect(s.active).toBe(0); // nothing left locked
    expect(s.done).toBe(closed);
    expect(s.done + s.waiting).toBe(n);
    expect(s.waiting).toBeGreaterThan(0);
    const file = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(file.join('').split('\n').filter(Boolean)).toHaveLength(closed);
  }, 60_000);

  it('bad input: a wrong URL, a closed port, a server that never answers: a clear error, never a hang', async () => {
    const wrong = await runCli(['queue', 'status', '--redis', 'http://127.0.0.1:6379']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('is not a Redis URL');
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const refused = await runCli(['queue', 'add', '-', '--redis', closed]);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain(`cannot reach Redis at ${closed}: connect ECONNREFUSED`);
    await expect(createWorker({ redis: closed, queue: 'x' })).rejects.toThrow('cannot reach Redis');
    await expect(enqueue({ redis: 'redis://h', queue: 'a b' }, [])).rejects.toThrow(TypeError);
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const t0 = Date.now();
    const hung = await runCli(['queue', 'status', '--redis', `redis://127.0.0.1:${port}`]);
    silent.close();
    expect(hung.code).toBe(3);
    expect(hung.err).toContain('no answer in 5 s');
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect((await runCli(['queue', 'frob', '--redis', closed])).code).toBe(2);
    expect((await runCli(['queue', 'work'])).err).toContain('--redis URL is required');
  });
});

describe.skipIf(binary === null)('queue across a Redis restart', () => {
  let redis: TestRedis;
  let tmp: string;
  beforeAll(async () => {
    redis = await startRedis(binary as string);
    tmp = mkdtempSync(join(tmpdir(), 'saidby-queue-restart-'));
  });
  afterAll(async () => {
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('workers reconnect after Redis restarts mid-run, and finish', async () => {
    const queue = 'restart';
    const dir = join(tmp, queue);
    const n = 40;
    await enqueue({ redis: redis.url, queue }, docs(n, 'r'));
    const a = await child(redis.url, queue, dir, ['5000', '100', '1']);
    await until(() => a.lines.length > 3, 20_000);
    const target = { redis: redis.url, queue };
    expect((await status(target)).waiting).toBeGreaterThan(0); // restarted mid-run
    await redis.restart(1000);
    await until(async () => (await status(target)).done === n, 40_000);
    a.proc.kill('SIGTERM');
    expect(await exited(a.proc)).toBe(0);
    const { ids } = await collected(redis.url, queue, dir);
    expect(new Set(ids).size).toBe(n);
    expect(ids).toHaveLength(n);
  }, 60_000);
});
