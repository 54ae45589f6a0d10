/**
 * A real redis-server for the queue tests, on a free port of this machine, with its files in a temporary folder.
 * .ci/run installs Debian's redis-server; on a machine without one the queue tests are skipped with a message
 * (under CI=true they fail instead, so that a missing install step cannot pass unseen).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** The redis-server binary, or null. */
export function redisBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (path) return path;
  if (process.env.CI) throw new Error('redis-server is missing: .ci/run should have installed it');
  console.warn('queue tests skipped: no redis-server on this machine (apt-get install redis-server)');
  return null;
}

/** A port nobody listens on just now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface TestRedis {
  readonly url: string;
  /** Saves, shuts the server down, waits `downMs`, and starts it again on the same port with the same data. */
  restart(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

async function waitForPing(url: string): Promise<void> {
  for (let k = 0; k < 100; k++) {
    const c = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    c.on('error', () => undefined);
    try {
      await c.connect();
      await c.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      c.disconnect();
    }
  }
  throw new Error(`redis-server at ${url} did not start`);
}

export async function startRedis(binary: string): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'saidby-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    // No automatic snapshots (SHUTDOWN SAVE writes one for restart()); nothing but this machine can connect.
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
    server = spawn(binary, args, { stdio: 'ignore' });
    await waitForPing(url);
  };
  const shutdown = async (): Promise<void> => {
    const proc = server;
    if (proc === null || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    const c = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    await c.shutdown('SAVE').catch(() => undefined);
    c.disconnect();
    await exited;
  };
  await start();
  return {
    url,
    async restart(downMs) {
      await shutdown();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    async stop() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
