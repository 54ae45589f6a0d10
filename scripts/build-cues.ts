// Builds src/generated/cues.ts, the reporting-cue lexicon, from the rows in data/cues.ts. Run by `npm run generate`;
// `npx tsx scripts/build-cues.ts --dump` prints every lemma's conjugation, to check by eye.
//
// Inflections come from compromise (`nlp(lemma).verbs().conjugate()`); where compromise does not know a word as a
// verb the lemma is force-tagged as an Infinitive first. Every place where the hand-written FIX disagrees with
// compromise is reported, so the corrections stay visible. See data/cues.md for where the list came from and what
// was left out.
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { EXPECT, FIX, PHRASES, VERBS, type Complement, type Tense, type VerbOptions } from '../data/cues.js';
import { Frame } from '../src/cues/frame.js';
import type { CueClass } from '../src/types.js';
import { CUE_CLASSES } from '../src/words/cue-classes.js';

const CLASSES: ReadonlySet<string> = new Set<CueClass>(CUE_CLASSES);
const TENSE_ORDER: readonly Tense[] = ['infinitive', 'present', 'past', 'participle', 'gerund'];
const LOWER_WORD = /^[a-z]+$/;
const NO_DOUBLING = /^[^aeiou]*[aeiou][bdgmnprt]$/;

type Forms = Record<Tense, string>;

const COMPLEMENTS: ReadonlySet<string> = new Set<Complement>(['to', 'object', 'hearer']);

/** The frame bits of a verb's row (see src/cues/frame.ts), after checking that its fields make sense together. */
export function frameOf(lemma: string, opts: VerbOptions): number {
  let frame = 0;
  for (const what of opts.takes ?? []) {
    if (!COMPLEMENTS.has(what)) throw new Error(`${lemma}: unknown complement "${what}" in takes`);
    if (frame & Frame[what]) throw new Error(`${lemma}: "${what}" twice in takes`);
    frame |= Frame[what];
  }
  if (opts.needsThat) {
    // only a weak form is held to `that` (forward.ts), so on a verb with no weak form the field would do nothing
    if (!opts.weak) throw new Error(`${lemma}: needsThat, but no form is weak`);
    frame |= Frame.needsThat;
  }
  if (opts.intransitive) {
    if (frame) throw new Error(`${lemma}: intransitive goes with neither takes nor needsThat`);
    frame |= Frame.intransitive;
  }
  return frame;
}

interface Conjugation {
  readonly PresentTense?: string;
  readonly PastTense?: string;
  readonly Participle?: string;
  readonly Gerund?: string;
  readonly Infinitive?: string;
}

/** The part of compromise's document this script uses. */
interface Parsed {
  verbs(): { conjugate(): Conjugation[] };
  tag(tag: string): Parsed;
}

function conjugate(word: string): { forced: boolean; forms: Forms } {
  const parse = (text: string): Parsed => nlp(text) as unknown as Parsed;
  let c = parse(word).verbs().conjugate()[0];
  let forced = false;
  if (!c) {
    c = parse(word).tag('Infinitive').verbs().conjugate()[0];
    forced = true;
  }
  if (!c) throw new Error(`compromise cannot conjugate "${word}"`);
  const forms: Forms = {
    infinitive: c.Infinitive ?? '',
    present: c.PresentTense ?? '',
    past: c.PastTense ?? '',
    participle: c.Participle ?? c.PastTense ?? '',
    gerund: c.Gerund ?? '',
  };
  return { forced, forms };
}

interface VerbCueRow {
  readonly form: string;
  readonly lemma: string;
  readonly class: CueClass;
  tense: Tense;
  readonly weak: boolean;
  readonly frame: number;
}

/** The generated lexicon's text, and notes on compromise: its corrections and the words it had to be told are verbs. */
export function cueLexicon(options: { dump?: (line: string) => void } = {}): { text: string; notes: string[] } {
  const corrections: string[] = [];
  const forcedTags: string[] = [];
  const suspicious: string[] = [];

  function formsOf(word: string): Forms {
    const { forced, forms: got } = conjugate(word);
    if (forced) forcedTags.push(word);
    const fix = FIX[word] ?? {};
    const out = { ...got };
    for (const [tense, form] of Object.entries(fix) as [Tense, string][]) {
      if (got[tense] === form) throw new Error(`stale FIX: compromise already gives ${word} ${tense} = ${form}`);
      corrections.push(`${word} ${tense}: compromise "${got[tense]}" -> "${form}"`);
      out[tense] = form;
      if (tense === 'past' && got.participle === got.past && !('participle' in fix)) out.participle = form;
    }
    if (out.infinitive !== word) throw new Error(`compromise infinitive of "${word}" is "${out.infinitive}"`);
    // Cheap sanity checks on what compromise produced; anything flagged must be FIXed or expected.
    if (!out.gerund.endsWith('ing')) suspicious.push(`${word} gerund "${out.gerund}"`);
    if (out.past === word && !['forecast', 'read'].includes(word)) suspicious.push(`${word} past "${out.past}"`);
    if (NO_DOUBLING.test(word) && out.gerund === `${word}ing`) {
      suspicious.push(`${word} gerund "${out.gerund}" (no doubling)`);
    }
    if (!out.present.endsWith('s')) suspicious.push(`${word} present "${out.present}"`);
    return out;
  }

  const seenLemma = new Set<string>();
  const verbCues: VerbCueRow[] = [];
  const byKey = new Map<string, VerbCueRow>();

  const frames = new Map<string, number>();

  function addForm(form: string, lemma: string, cls: CueClass, tense: Tense, opts: VerbOptions): void {
    const key = `${form}\u0000${lemma}`;
    const weak = opts.weak === true || (Array.isArray(opts.weak) && opts.weak.includes(form));
    const prev = byKey.get(key);
    if (prev) {
      // same form in two tenses (said = past and participle): keep the earlier tense in TENSE_ORDER
      if (TENSE_ORDER.indexOf(tense) < TENSE_ORDER.indexOf(prev.tense)) prev.tense = tense;
      return;
    }
    const cue: VerbCueRow = { form, lemma, class: cls, tense, weak, frame: frames.get(lemma) ?? 0 };
    byKey.set(key, cue);
    verbCues.push(cue);
  }

  for (const [lemma, cls, opts = {}] of VERBS) {
    if (!CLASSES.has(cls)) throw new Error(`bad class ${cls} for ${lemma}`);
    if (seenLemma.has(lemma)) throw new Error(`duplicate lemma "${lemma}" in VERBS`);
    seenLemma.add(lemma);
    frames.set(lemma, frameOf(lemma, opts));
    for (const spelling of [lemma, ...(opts.variants ?? [])]) {
      const f = formsOf(spelling);
      options.dump?.(TENSE_ORDER.map((t) => f[t]).join(' '));
      for (const tense of TENSE_ORDER) addForm(f[tense], lemma, cls, tense, opts);
    }
    for (const [form, tense] of opts.extra ?? []) addForm(form, lemma, cls, tense, opts);
    if (Array.isArray(opts.weak)) {
      for (const w of opts.weak) {
        if (!byKey.has(`${w}\u0000${lemma}`)) throw new Error(`weak form "${w}" is not a form of ${lemma}`);
      }
    }
  }

  const unhandled = suspicious.filter((s) => !Object.keys(FIX).includes(s.split(' ')[0]!));
  if (unhandled.length) throw new Error(`suspicious compromise output, add to FIX:\n  ${unhandled.join('\n  ')}`);

  for (const [lemma, forms] of Object.entries(EXPECT)) {
    for (const form of forms) {
      if (!byKey.has(`${form}\u0000${lemma}`)) throw new Error(`expected form "${form}" of "${lemma}" is missing`);
    }
  }

  for (const c of verbCues) {
    if (!LOWER_WORD.test(c.form)) throw new Error(`bad form "${c.form}"`);
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  verbCues.sort((a, b) => order(a.form, b.form) || order(a.lemma, b.lemma));

  const phraseCues = PHRASES.map(([text, lemma, cls, passive, example]) => {
    if (!CLASSES.has(cls)) throw new Error(`bad class ${cls} for "${text}"`);
    const words = text.split(' ');
    if (words.length < 2 || !words.every((w) => LOWER_WORD.test(w))) throw new Error(`bad phrase "${text}"`);
    // a phrase takes what its verb takes: `called for` is `call`'s; a lemma with no verb row (`chime`) takes nothing
    return { words, lemma, class: cls, passive, example, frame: frames.get(lemma) ?? 0 };
  });
  const phraseKeys = new Set(phraseCues.map((p) => p.words.join(' ')));
  if (phraseKeys.size !== phraseCues.length) throw new Error('duplicate phrase');

  const version = (nlp as unknown as { version: string }).version;
  const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = [
    '// Generated by scripts/build-cues.ts from data/cues.ts: do not edit. Regenerate with `npm run generate`.',
    `// Inflections from compromise ${version} (nlp(lemma).verbs().conjugate()) plus hand-written fixes.`,
    '// Sources, exclusions and class meanings: data/cues.md. `frame`: what the verb takes, as bits of Frame',
    '// (src/cues/frame.ts), from its row.',
    `// ${seenLemma.size} lemmas, ${verbCues.length} verb forms, ${phraseCues.length} phrases.`,
    '',
    "import type { CueClass } from '../types.js';",
    '',
    '/** One inflected form of a reporting verb. `weak`: often not a reporting verb; require an adjacent quote. */',
    'export interface VerbCue {',
    '  readonly form: string;',
    '  readonly lemma: string;',
    '  readonly class: CueClass;',
    "  readonly tense: 'infinitive' | 'past' | 'present' | 'gerund' | 'participle';",
    '  readonly weak: boolean;',
    '  readonly frame: number;',
    '}',
    '',
    '/** A multi-word cue as a lower-case token sequence. `passive`: the subject is the quoted source. */',
    'export interface PhraseCue {',
    '  readonly words: readonly string[];',
    '  readonly lemma: string;',
    '  readonly class: CueClass;',
    '  readonly passive: boolean;',
    '  readonly example: string;',
    '  readonly frame: number;',
    '}',
    '',
    '/** One entry per (form, lemma) pair, sorted by form. */',
    'export const VERB_CUES: readonly VerbCue[] = [',
    ...verbCues.map(
      (c) =>
        `  { form: ${q(c.form)}, lemma: ${q(c.lemma)}, class: ${q(c.class)}, tense: ${q(c.tense)}, ` +
        `weak: ${c.weak}, frame: ${c.frame} },`,
    ),
    '];',
    '',
    'export const PHRASE_CUES: readonly PhraseCue[] = [',
    ...phraseCues.map(
      (p) =>
        `  { words: [${p.words.map(q).join(', ')}], lemma: ${q(p.lemma)}, class: ${q(p.class)}, ` +
        `passive: ${p.passive}, example: ${q(p.example)}, frame: ${p.frame} },`,
    ),
    '];',
    '',
  ];
  const forms = new Set(verbCues.map((c) => c.form)).size;
  return {
    text: lines.join('\n'),
    notes: [
      `${seenLemma.size} lemmas, ${verbCues.length} verb forms (${forms} distinct), ${phraseCues.length} phrases`,
      `compromise ${version} corrections (${corrections.length}):\n  ${corrections.join('\n  ')}`,
      `not known as verbs by compromise, force-tagged (${forcedTags.length}): ${forcedTags.join(', ')}`,
    ],
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--dump')) {
    console.error('build-cues.ts: run `npm run generate` to write the lexicon; `--dump` prints every conjugation');
    process.exit(2);
  }
  const { notes } = cueLexicon({ dump: (line) => console.log(line) });
  for (const note of notes) console.log(note);
}
