/** What the demo page and its Web Worker say to each other (demo/main.ts, demo/worker.ts). */

/** A run: the text, read as an HTML page or as plain text. `id` tells a stale answer from the latest one. */
export interface DemoRequest {
  readonly id: number;
  readonly text: string;
  readonly html: boolean;
}

/**
 * The answer: the markup to insert, already escaped by saidby/render (a few strings cross back, not the result with
 * its tokens, which would be most of the message), the counts, and how long the extraction took in the worker.
 */
export type DemoAnswer =
  | {
      readonly id: number;
      readonly rendered: string;
      readonly quotes: string;
      readonly entities: string;
      readonly quoteCount: number;
      readonly entityCount: number;
      readonly ms: number;
    }
  | { readonly id: number; readonly error: string };
