import type { Readable } from 'node:stream';

/**
 * The lines of a stream, without their `\n` or `\r\n`, read a chunk at a time with back-pressure, in batches: each
 * batch holds the lines that the chunk just read completed (a line cut across chunks is joined first), so a batch
 * is never held back waiting for more input. While the consumer is busy nothing more is read, so at most one chunk
 * (plus the line being assembled) is held, unlike readline, which queues up to a thousand lines ahead. Each
 * character is scanned once, however long the line.
 */
export async function* streamLineBatches(input: Readable): AsyncGenerator<string[], void, undefined> {
  input.setEncoding('utf8');
  let parts: string[] = [];
  const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input as AsyncIterable<string>) {
    const batch: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      parts.push(chunk.slice(start, nl));
      batch.push(strip(parts.length === 1 ? (parts[0] as string) : parts.join('')));
      parts = [];
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
    if (batch.length) yield batch;
  }
  if (parts.length) yield [strip(parts.join(''))];
}
