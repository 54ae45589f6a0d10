/**
 * Characters with their place in the source: a UTF-16 code unit, and the start and end in the HTML it came from,
 * in typed arrays that grow by doubling. A 10 MB page would otherwise hold 30 million values in plain arrays
 * (`chars`, `starts`, `ends`), and the collector's work on them grew faster than the page.
 */

/** A growing run of characters, each with its source range. */
export class SourcedChars {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  /** Adds a character (`code`, a UTF-16 code unit) that came from `start..end` of the source. */
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow(this.length * 2);
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The code unit at `i`, or -1 outside. */
  at(i: number): number {
    return i >= 0 && i < this.length ? (this.codes[i] as number) : -1;
  }

  /** Adds `from.slice(start, end)`, its characters and their sources. */
  append(from: SourcedChars, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.codes.length) this.grow(Math.max(this.codes.length * 2, this.length + n));
    this.codes.set(from.codes.subarray(start, end), this.length);
    this.starts.set(from.starts.subarray(start, end), this.length);
    this.ends.set(from.ends.subarray(start, end), this.length);
    this.length += n;
  }

  private grow(size: number): void {
    const copy = <A extends Uint16Array | Int32Array>(a: A, b: A): A => {
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.codes = copy(this.codes, new Uint16Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
  }

  /** The characters as a string. */
  text(): string {
    // String.fromCharCode takes its arguments on the stack: a chunk at a time. Lone surrogates pass unchanged.
    const CHUNK = 8192;
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += CHUNK) {
      parts.push(String.fromCharCode(...this.codes.subarray(i, Math.min(i + CHUNK, this.length))));
    }
    return parts.join('');
  }
}

/**
 * Whether a code unit is one that `String.prototype.trim` removes: white space and line terminators, no-break space
 * and the byte-order mark among them (`'\u00a0'.trim() === ''`).
 */
export function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
