import type { Readable } from 'node:stream';

/**
 * The lines of a stream, without their `\n` or `\r\n`, read a chunk at a time with back-pressure: while the
 * consumer is busy nothing more is read, so at most one chunk (plus the line being assembled) is held, unlike
 * readline, which queues up to a thousand lines ahead. Each character is scanned once, however long the line.
 */
export async function* streamLines(input: Readable): AsyncGenerator<string, void, undefined> {
  input.setEncoding('utf8');
  let parts: string[] = [];
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      parts.push(chunk.slice(start, nl));
      const line = parts.length === 1 ? (parts[0] as string) : parts.join('');
      parts = [];
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  if (parts.length) {
    const line = parts.join('');
    yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}
