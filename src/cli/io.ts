import { fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** Writes `s`, waiting for `drain` when the stream's buffer is full, so a slow reader holds the writer back. */
export async function write(out: Writable, s: string | Uint8Array): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/**
 * Bytes in all the inputs, when every one is a file (stdin redirected from a file counts); else null. The progress
 * bar's total: `saidby --jsonl a.jsonl b.jsonl` and `saidby report < corpus.jsonl` can show a share done.
 */
export async function inputSize(names: readonly string[], stdin: Readable): Promise<number | null> {
  let total = 0;
  for (const name of names) {
    try {
      if (name === '-') {
        const fd = (stdin as { fd?: unknown }).fd;
        const st = typeof fd === 'number' ? fstatSync(fd) : null;
        if (!st?.isFile()) return null;
        total += st.size;
      } else {
        total += (await stat(name)).size;
      }
    } catch {
      // reported when it is opened
    }
  }
  return total;
}
