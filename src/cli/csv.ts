import type { Quote, Result } from '../types.js';

/** The columns of `--csv`, one row per quote. */
export const CSV_HEADER = 'id,kind,speaker,qid,cue,text,confidence';

/** Characters that make RFC 4180 quote a field: `Paris, Texas` becomes `"Paris, Texas"`. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF, with its quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The speaker's Wikidata id (`Q76`), when its entity was linked to the knowledge base. */
function qidOf(q: Quote, links: ReadonlyMap<string, string>): string {
  return (q.speaker?.entity && links.get(q.speaker.entity)) || '';
}

/** The rows of one document's quotes (no header), each ending in CRLF as RFC 4180 has it. */
export function csvRows(id: string, result: Pick<Result, 'quotes' | 'entities'>): string {
  // A map, not a search per quote: time stays linear in the number of quotes and entities.
  const links = new Map(result.entities.flatMap((e) => (e.link ? [[e.id, e.link.id] as const] : [])));
  let out = '';
  for (const q of result.quotes) {
    const speaker = q.speaker ? q.speaker.name || q.speaker.mention.text : '';
    const cells = [id, q.kind, speaker, qidOf(q, links), q.cue?.text ?? '', q.text, String(q.confidence)];
    out += cells.map(csvField).join(',') + '\r\n';
  }
  return out;
}
