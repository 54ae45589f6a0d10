/** Where the queue lives: a Redis URL checked and turned into connection options, and a check that it answers. */
import { Redis } from 'ioredis';

/** The parts of a Redis URL that ioredis takes as options. */
export interface UrlOptions {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  readonly tls?: object;
  readonly connectTimeout: number;
}

/** A Redis server that could not be reached, or answered with an error: the CLI exits with code 3. */
export class QueueConnectionError extends Error {
  override readonly name = 'QueueConnectionError';
}

/** The queue a command talks to: its Redis server and its name. */
export interface QueueTarget {
  /** `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS. */
  readonly redis: string;
  /** The queue's name; letters, digits, `-`, `_` and `.` (BullMQ joins keys with `:`). */
  readonly queue: string;
  /** Prefix of every key (BullMQ's `prefix`); default `saidby`. */
  readonly prefix?: string;
}

const NAME = /^[\w.-]{1,100}$/;
const LEADING_SLASH = /^\//;
const DB_NUMBER = /^\d{1,2}$/;
/** `[::1]` as URL.hostname gives it: ioredis wants `::1`. */
const IPV6_BRACKETS = /^\[|\]$/g;

/** How long a first connection may take before the command gives up: an unreachable host fails, never hangs. */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * The URL as ioredis options. A URL with another scheme (`http://host`), a path that is not a database number
 * (`redis://host/news`) or no host at all is a TypeError at once, before anything is sent.
 */
export function redisOptions(url: unknown): UrlOptions {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new TypeError(`saidby: the Redis URL must be a string like redis://localhost:6379, got ${typeof url}`);
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TypeError(`saidby: '${url}' is not a URL; expected redis://host:port`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new TypeError(`saidby: '${url}' is not a Redis URL; expected redis://host:port or rediss://host:port`);
  }
  if (u.hostname === '') throw new TypeError(`saidby: '${url}' has no host; expected redis://host:port`);
  const path = u.pathname.replace(LEADING_SLASH, '');
  if (path !== '' && !DB_NUMBER.test(path)) {
    throw new TypeError(`saidby: '${url}': the path must be a database number (redis://host:6379/0)`);
  }
  return {
    host: u.hostname.replace(IPV6_BRACKETS, ''),
    port: u.port === '' ? 6379 : Number(u.port),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(path === '' ? {} : { db: Number(path) }),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}

/** Checks a target's fields: a TypeError for a bad URL, queue name or prefix. */
export function checkTarget(target: unknown, what = 'target'): Required<QueueTarget> {
  if (target === null || typeof target !== 'object') {
    throw new TypeError(
      `saidby: ${what} must be an object { redis, queue }, got ${target === null ? 'null' : typeof target}`,
    );
  }
  const { redis, queue, prefix = 'saidby' } = target as Partial<QueueTarget>;
  redisOptions(redis);
  for (const [key, value] of [
    ['queue', queue],
    ['prefix', prefix],
  ] as const) {
    if (typeof value !== 'string' || !NAME.test(value)) {
      throw new TypeError(
        `saidby: ${what}.${key} must be letters, digits, '-', '_' or '.', got ${JSON.stringify(value)}`,
      );
    }
  }
  return { redis: redis as string, queue: queue as string, prefix };
}

/** Where the URL points, without its password: for messages. */
export function where(url: string): string {
  const o = redisOptions(url);
  return `${o.tls ? 'rediss' : 'redis'}://${String(o.host)}:${String(o.port)}`;
}

/**
 * A client that has answered PING, or a QueueConnectionError within CONNECT_TIMEOUT_MS: a refused connection, an
 * unknown host, a wrong password (`WRONGPASS`), or a server that never answers. `lasting` clients (the workers')
 * reconnect for ever once connected, so that a Redis restart only pauses them; the others give up.
 */
export async function connect(url: string, lasting = false): Promise<Redis> {
  const options = redisOptions(url);
  const client = new Redis({
    ...options,
    lazyConnect: true,
    // Until the first PING is answered, one attempt only: a bad address is an error, not an endless retry.
    retryStrategy: () => null,
    maxRetriesPerRequest: lasting ? null : 1,
  });
  // The socket's own error (`connect ECONNREFUSED 127.0.0.1:6399`) says more than the rejected connect() does
  // (`Connection is closed`): it is what the message reports.
  let socketError: Error | null = null;
  client.on('error', (err: Error) => {
    socketError ??= err;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    });
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (err) {
    client.disconnect();
    const why = (socketError as Error | null)?.message ?? (err instanceof Error ? err.message : String(err));
    throw new QueueConnectionError(`saidby: cannot reach Redis at ${where(url)}: ${why}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
  if (lasting) client.options.retryStrategy = (times: number) => Math.min(100 * times, 2000);
  return client;
}
