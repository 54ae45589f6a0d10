/**
 * Where results go, and how `collect` reads them back. Processing is at least once: a worker killed after writing
 * a result but before BullMQ marked its job done leaves that result in the sink, and the job is done again by
 * another worker. So a sink may hold an id twice, and `collect` keeps one record per id.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Redis } from 'ioredis';

const NOT_FILE_NAME = /[^\w.-]/g;

/** Where a worker writes its records: a folder (one file per worker process), or a Redis stream. */
export type SinkSpec = { readonly dir: string } | { readonly stream: true };

/** One output record as a JSON line, with its id and whether it is an error record. */
export interface SinkRecord {
  readonly id: string;
  readonly json: string;
  readonly error: boolean;
}

export interface Sink {
  /** Writes records; resolves once they are written (for a file: handed to the OS; a kill -9 loses none of them). */
  write(records: readonly SinkRecord[]): Promise<void>;
  close(): Promise<void>;
}

/** The stream's key, beside BullMQ's keys for the same queue (`saidby:news:results`). */
export function streamKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:results`;
}

/**
 * A file of its own for this worker process in `dir` (`host-pid-random.jsonl`): processes on many machines can
 * share a network folder, and no two append to one file, so a killed process leaves at most its own last line
 * half written, which `collect` skips.
 */
async function fileSink(dir: string): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  const name = `${hostname().replace(NOT_FILE_NAME, '_')}-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`;
  const file: FileHandle = await open(join(dir, name), 'a');
  return {
    async write(records) {
      if (records.length) await file.appendFile(records.map((r) => r.json + '\n').join(''));
    },
    close: () => file.close(),
  };
}

function streamSink(client: Redis, key: string): Sink {
  return {
    async write(records) {
      const multi = client.multi();
      for (const r of records) multi.xadd(key, '*', 'id', r.id, 'error', r.error ? '1' : '0', 'record', r.json);
      await multi.exec();
    },
    close: async () => undefined,
  };
}

export async function openSink(spec: SinkSpec, client: Redis, key: string): Promise<Sink> {
  return 'dir' in spec ? fileSink(spec.dir) : streamSink(client, key);
}

/** Every record in a sink, in the order written (per file). A line cut short by a kill is skipped. */
export async function* readSink(spec: SinkSpec, client: Redis, key: string): AsyncGenerator<SinkRecord> {
  if ('dir' in spec) {
    const names = (await readdir(spec.dir)).filter((n) => n.endsWith('.jsonl')).sort();
    for (const name of names) {
      const lines = createInterface({ input: createReadStream(join(spec.dir, name)), crlfDelay: Infinity });
      for await (const line of lines) {
        const record = parseRecord(line);
        if (record) yield record;
      }
    }
    return;
  }
  let from = '-';
  for (;;) {
    const page = await client.xrange(key, from, '+', 'COUNT', 1000);
    for (const [, fields] of page) {
      const get = (k: string): string => fields[fields.indexOf(k) + 1] ?? '';
      yield { id: get('id'), error: get('error') === '1', json: get('record') };
    }
    if (page.length < 1000) return;
    from = `(${(page[page.length - 1] as [string, string[]])[0]}`;
  }
}

function parseRecord(line: string): SinkRecord | null {
  try {
    const o = JSON.parse(line) as { id?: unknown; error?: unknown };
    if (o === null || typeof o !== 'object' || (typeof o.id !== 'string' && typeof o.id !== 'number')) return null;
    return { id: String(o.id), json: line, error: typeof o.error === 'string' };
  } catch {
    return null; // the last line of a killed worker's file
  }
}
