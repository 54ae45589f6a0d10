/**
 * A key store for `saidby kb build` whose memory stays bounded: key records are held until there are `runSize` of
 * them, then sorted and written to a temporary file (a run); at the end the runs are merged, a line at a time, in the
 * order of the file (src/kb/write.ts). A 1M-entity dump has about 2M records, so about ten runs of 200,000.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { compareRecords, type KeyRecord, type KeyStore, type Section } from '../kb/write.js';

/** Records held in memory before a run is written: about 20–40 MB of them. */
export const RUN_SIZE = 200_000;

export class SpillingKeyStore implements KeyStore {
  private readonly buffers: Record<Section, KeyRecord[]> = { keys: [], surnames: [] };
  private readonly runs: Record<Section, string[]> = { keys: [], surnames: [] };
  private made = false;

  /** `dir` is created when the first run is written, and removed by `dispose`. */
  constructor(
    private readonly dir: string,
    private readonly runSize = RUN_SIZE,
  ) {}

  add(section: Section, record: KeyRecord): void {
    const buffer = this.buffers[section];
    buffer.push(record);
    if (buffer.length >= this.runSize) this.spill(section);
  }

  sorted(section: Section): Iterable<KeyRecord> {
    const buffer = this.buffers[section];
    if (this.runs[section].length === 0) return buffer.sort(compareRecords); // small: no file at all
    if (buffer.length > 0) this.spill(section);
    return mergeRuns(this.runs[section]);
  }

  /** Removes the runs and their folder. */
  dispose(): void {
    if (this.made) rmSync(this.dir, { recursive: true, force: true });
  }

  /** The records of `key<TAB>prior<TAB>ref<TAB>seq` lines: keys hold no tab or line break (write.ts cleans them). */
  private spill(section: Section): void {
    if (!this.made) mkdirSync(this.dir, { recursive: true });
    this.made = true;
    const buffer = this.buffers[section].sort(compareRecords);
    const path = join(this.dir, `${section}-${this.runs[section].length}`);
    writeFileSync(path, buffer.map((r) => `${r.key}\t${r.prior}\t${r.ref}\t${r.seq}\n`).join(''), 'utf8');
    this.runs[section].push(path);
    this.buffers[section] = [];
  }
}

/** The records of sorted run files, merged into one sorted sequence (a k-way merge on a binary heap). */
function* mergeRuns(paths: readonly string[]): Generator<KeyRecord> {
  const readers = paths.map((p) => records(p));
  const heap: Array<{ r: KeyRecord; from: Iterator<KeyRecord> }> = [];
  try {
    for (const from of readers) {
      const next = from.next();
      if (!next.done) push(heap, { r: next.value, from });
    }
    while (heap.length > 0) {
      const top = heap[0]!;
      yield top.r;
      const next = top.from.next();
      if (next.done) {
        const last = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = last;
          down(heap, 0);
        }
      } else {
        top.r = next.value;
        down(heap, 0);
      }
    }
  } finally {
    for (const from of readers) from.return?.(undefined);
  }
}

type Entry = { r: KeyRecord; from: Iterator<KeyRecord> };

function push(heap: Entry[], e: Entry): void {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compareRecords(heap[parent]!.r, heap[i]!.r) <= 0) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function down(heap: Entry[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let least = i;
    if (l < heap.length && compareRecords(heap[l]!.r, heap[least]!.r) < 0) least = l;
    if (r < heap.length && compareRecords(heap[r]!.r, heap[least]!.r) < 0) least = r;
    if (least === i) return;
    [heap[least], heap[i]] = [heap[i]!, heap[least]!];
    i = least;
  }
}

/** The records of one run file, read 1 MB at a time. */
function* records(path: string): Generator<KeyRecord> {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      const text = rest + (n > 0 ? decoder.write(chunk.subarray(0, n)) : decoder.end());
      let at = 0;
      for (let nl = text.indexOf('\n', at); nl >= 0; nl = text.indexOf('\n', at)) {
        const [key = '', prior = '', ref = '', seq = ''] = text.slice(at, nl).split('\t');
        yield { key, prior: Number(prior), ref: Number(ref), seq: Number(seq) };
        at = nl + 1;
      }
      rest = text.slice(at);
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}
