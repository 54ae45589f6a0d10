import type { Writable } from 'node:stream';

/**
 * Progress of a JSONL run (or a `kb build`) on stderr: articles (entities), MB read, MB/s and, when the input size is
 * known, % and ETA.
 */
export interface Progress {
  /** Input lines done: their size in bytes and how many held a document. */
  advance(bytes: number, docs: number): void;
  /** Clears the bar so that a message can be written on stderr. */
  clear(): void;
  /** Draws the last state and ends the line. */
  finish(): void;
}

const QUIET: Progress = { advance() {}, clear() {}, finish() {} };

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A progress bar redrawn in place at most every `everyMs`, only when `stderr` is a terminal: a pipe or a file
 * gets nothing. `totalBytes` (null when unknown, as for a pipe) enables the percentage and the ETA.
 */
export function createProgress(
  stderr: Writable,
  totalBytes: number | null,
  now = () => performance.now(),
  everyMs = 200,
  unit = 'articles',
): Progress {
  if (!(stderr as { isTTY?: boolean }).isTTY) return QUIET;
  const t0 = now();
  let last = -Infinity;
  let docs = 0;
  let bytes = 0;
  let shown = false;
  const line = (): string => {
    const seconds = (now() - t0) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    const parts = [`${docs.toLocaleString('en')} ${unit}`, `${(bytes / 1e6).toFixed(1)} MB`, `${rate.toFixed(2)} MB/s`];
    if (totalBytes) {
      const done = Math.min(1, bytes / totalBytes);
      const width = 20;
      const filled = Math.round(done * width);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(100 * done).toFixed(0)}%`);
      if (rate > 0) parts.push(`ETA ${duration((totalBytes - bytes) / 1e6 / rate)}`);
    }
    return `saidby: ${parts.join('  ')}`;
  };
  const draw = (): void => {
    stderr.write(`\r\x1b[K${line()}`);
    shown = true;
  };
  return {
    advance(n, done) {
      bytes += n;
      docs += done;
      const t = now();
      if (t - last >= everyMs) {
        last = t;
        draw();
      }
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
      last = -Infinity;
    },
    finish() {
      draw();
      stderr.write('\n');
    },
  };
}
