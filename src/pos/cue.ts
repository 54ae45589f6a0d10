/** Decisions of reported speech that read parts of speech in context (pos/tags.ts), where a tagger is given. */
import { type Doc, is } from '../doc/doc.js';
import type { CueMatch } from '../cues/find.js';
import { W } from '../doc/flags.js';
import { posAt } from './tags.js';
import { NOMINAL_TAGS, NOUN_MODIFIER_TAGS } from '../words/pos-tags.js';

/**
 * Is this one-word cue a noun or an adjective here, by the tagger: `the union's claims that …`, `a press report that
 * …`, `his alleged deputy`? Only when the word before it modifies a noun as well, since a tagger reads
 * `Officials claim that …` as two nouns as often as as a subject and its verb. False with no tagger.
 */
export function nominalCue(doc: Doc, cue: CueMatch): boolean {
  if (cue.tense === 'phrase' || cue.first !== cue.last || !ambiguous(doc, cue)) return false;
  return NOMINAL_TAGS.has(posAt(doc, cue.first)) && NOUN_MODIFIER_TAGS.has(posAt(doc, cue.first - 1));
}

/**
 * Could the form be a noun or an adjective? A base or `-s` form (`claims`, `report`), a gerund (`warning`), or a word
 * the lexicon knows as a noun or adjective (`alleged`); not a plain past (`said`), so that a sentence whose cue is
 * `said` is never tagged.
 */
function ambiguous(doc: Doc, cue: CueMatch): boolean {
  const { tense } = cue;
  return tense === 'present' || tense === 'infinitive' || tense === 'gerund' || is(doc, cue.first, W.noun | W.adj);
}
