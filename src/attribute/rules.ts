/**
 * The rule registry: every rule the Result can record, with what it decides, its confidences, and runnable examples
 * and counter-examples (test/rules.test.ts runs them; docs/rules.md is generated from them).
 *
 * Glossary: a *rule* is what the Result records (`Quote.rule`); a *sieve* decides a direct quote's rule; a *frame*
 * decides a rule of reported speech. src/attribute/order.ts lists the sieves, frames and passes in the order they run.
 */
import type { ExtractOptions, RuleName } from '../types.js';

/** What every sieve, frame and pass declares: its name and the rules it can record. */
export interface Named {
  readonly name: string;
  readonly rules: readonly RuleName[];
}

/**
 * The contract of every sieve and frame: from the text around one place (a quotation, a cue) it decides, or passes
 * with null and the next one in order is asked.
 */
export interface Decider<Context, At, Decision> extends Named {
  readonly decide: (context: Context, at: At) => Decision | null;
}

/** A pass over all of a stage's drafts once its sieves have decided: it returns the drafts to keep. */
export interface Pass<Context, Draft> extends Named {
  readonly run: (context: Context, drafts: Draft[]) => Draft[];
}

/** Where a rule works: on direct quotes (a sieve), on reported speech (a frame), or both. */
export type RuleStage = 'direct' | 'reported' | 'both';

/** The confidences the code gives for a rule: `base`, and named variants for the cases `confidenceNote` explains. */
export interface Confidence {
  readonly base: number;
  readonly [variant: string]: number;
}

/** A made-up sentence and the quote the rule must give for it. */
export interface RuleExample {
  readonly text: string;
  /** The quote's text, as `Quote.text` gives it. */
  readonly quote: string;
  /** The speaker mention's text, or null for none. */
  readonly speaker: string | null;
  /** The cue's text, or null for none. */
  readonly cue: string | null;
  /** Options the rule needs (`unattributed`). */
  readonly options?: ExtractOptions;
}

/** A near-miss: a made-up sentence for which the rule must not fire (for `quote` only, when given). */
export interface RuleCounterExample {
  readonly text: string;
  readonly quote?: string;
  /** Why the rule leaves it alone. */
  readonly why: string;
  readonly options?: ExtractOptions;
}

export interface RuleInfo {
  readonly stage: RuleStage;
  /** The files that decide it, under src/attribute/. */
  readonly home: readonly string[];
  /** What it decides, in a sentence or two. */
  readonly decides: string;
  readonly confidence: Confidence;
  /** When each confidence applies, if there is more than one or it is derived. */
  readonly confidenceNote?: string;
  readonly examples: readonly RuleExample[];
  readonly counterExamples: readonly RuleCounterExample[];
}

/**
 * What an attribution after the quotation gives, when the quote ends open (`,` `?` `!` …) or a comma follows. After
 * a closed quotation (`"…spring." Some traders believe …`) the cue is often the next sentence's own: measured on
 * bbc-dev and PolNeAR dev, 7 of 17 such attributions were right, so `closed` is 0.6.
 */
const AFTER_CONFIDENCE = { base: 0.95, closed: 0.6 } as const;
const AFTER_NOTE =
  '`closed` when the quotation does not end open (`,` `?` `!` `…` `:` `;` or a dash) and no comma follows it.';

/** Every rule, in the order the stage tries them: direct sieves and their passes, then reported-speech frames. */
export const RULES = {
  'quote-cue-speaker': {
    stage: 'direct',
    home: ['sieves/after.ts'],
    decides: 'A quotation that opens a sentence or clause, then its speaker and cue after it: `"…," Putin said.`',
    confidence: AFTER_CONFIDENCE,
    confidenceNote: AFTER_NOTE,
    examples: [
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks said.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: '"The water is safe to drink," officials at the county health office said.',
        quote: 'The water is safe to drink,',
        speaker: 'officials at the county health office',
        cue: 'said',
      },
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks said on Monday. "It will take two years."',
        quote: 'We will rebuild the bridge, It will take two years.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks has said.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: '"The bridge is a danger," the 54-year-old wrote.',
        quote: 'The bridge is a danger,',
        speaker: 'the 54-year-old',
        cue: 'wrote',
      },
      {
        text: '"The bridge is a danger," the respected regional weekly wrote.',
        quote: 'The bridge is a danger,',
        speaker: 'the respected regional weekly',
        cue: 'wrote',
      },
      {
        text: '"The bridge is a danger," running mate Gov. Tom Ricks told a radio station.',
        quote: 'The bridge is a danger,',
        speaker: 'running mate Gov. Tom Ricks',
        cue: 'told',
      },
      {
        text: '"The bridge is a danger," Ames and Brody wrote.',
        quote: 'The bridge is a danger,',
        speaker: 'Ames and Brody',
        cue: 'wrote',
      },
      {
        text: '"The bridge is a danger," one said.',
        quote: 'The bridge is a danger,',
        speaker: 'one',
        cue: 'said',
      },
      {
        text: '"The bridge is a danger," the Gazette quoted one engineer as saying.',
        quote: 'The bridge is a danger,',
        speaker: 'one engineer',
        cue: 'quoted one engineer as saying',
      },
      {
        text: '"The bridge can wait a year," Tom Ricks reasoned.',
        quote: 'The bridge can wait a year,',
        speaker: 'Tom Ricks',
        cue: 'reasoned',
      },
      {
        text: '"He is not Marco Lind," Tom Roe said.',
        quote: 'He is not Marco Lind,',
        speaker: 'Tom Roe',
        cue: 'said',
      },
    ],
    counterExamples: [
      {
        text: 'With the new bridge, "traffic will move faster," the mayor said.',
        why: 'a lower-case quotation after a comma is a fragment of the sentence, not one that opens it',
      },
      {
        text: '"We will rebuild the bridge," the mayor is expected to say.',
        why: 'the cue must follow the speaker, past adverbs only: `is expected to say` is no cue of the mayor’s',
      },
      {
        text: '"The bridge is safe." The mayor says she expects a vote in May.',
        why: 'after a quotation closed by a full stop, a cue that opens a clause of its own introduces what follows',
      },
    ],
  },
  inverted: {
    stage: 'direct',
    home: ['sieves/after.ts'],
    decides: 'The cue before the speaker, after the quotation: `"…," said Mr Blair.` A pronoun must end the clause.',
    confidence: AFTER_CONFIDENCE,
    confidenceNote: AFTER_NOTE,
    examples: [
      {
        text: '"We will rebuild the bridge," said Mayor Tom Ricks.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: '"The river has never been this high," said chairman and chief executive officer Tom Ricks.',
        quote: 'The river has never been this high,',
        speaker: 'chairman and chief executive officer Tom Ricks',
        cue: 'said',
      },
      {
        text: '"The river has never been this high," said another.',
        quote: 'The river has never been this high,',
        speaker: 'another',
        cue: 'said',
      },
      {
        text: '"The river has never been this high," said she.',
        quote: 'The river has never been this high,',
        speaker: 'she',
        cue: 'said',
      },
      {
        text: '"We will rebuild," said Tom Ricks, a spokesman for the D.B.T. "It will take two years."',
        quote: 'We will rebuild, It will take two years.',
        speaker: 'Tom Ricks',
        cue: 'said',
      },
    ],
    counterExamples: [
      {
        text: '"Stay calm," said it all.',
        why: 'a pronoun after the cue must end the clause: `said it all` is no `said she`',
      },
      {
        text: "'Tax hike' call worries shops",
        why: 'a quoted term of a few words with no punctuation, as headlines cite one, is no speech',
      },
    ],
  },
  passive: {
    stage: 'direct',
    home: ['sieves/after.ts'],
    decides: 'A passive cue after the quotation and its speaker: `"…," Putin was quoted as saying.`',
    confidence: AFTER_CONFIDENCE,
    confidenceNote: AFTER_NOTE,
    examples: [
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks was quoted as saying.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Mayor Tom Ricks',
        cue: 'was quoted as saying',
      },
    ],
    counterExamples: [
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks was told.',
        why: '`was told` is no passive cue: the one told is the hearer, not the speaker',
      },
    ],
  },
  aside: {
    stage: 'direct',
    home: ['sieves/after.ts'],
    decides:
      'A speaker after the quotation, then a comma-delimited aside about them, then the cue: ' +
      '`"…," Hugh Hill, a doctor, said.`',
    confidence: AFTER_CONFIDENCE,
    confidenceNote: AFTER_NOTE,
    examples: [
      {
        text: '"We will rebuild the bridge," Tom Ricks, the mayor of Dunmore, said.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Tom Ricks',
        cue: 'said',
      },
      {
        text: '"We will rebuild the bridge," Tom Ricks, who has led the town since 2010, told reporters.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Tom Ricks',
        cue: 'told reporters',
      },
      {
        text: '"We will rebuild the bridge," Tom Ricks, from the Dunmore Bridge Trust (DBT) told reporters.',
        quote: 'We will rebuild the bridge,',
        speaker: 'Tom Ricks',
        cue: 'told reporters',
      },
    ],
    counterExamples: [
      {
        text: '"We will rebuild," Tom Ricks, who calls the bridge "a lifeline," said.',
        why: 'an aside holding a quotation of its own is not read past',
      },
    ],
  },
  'dash-signoff': {
    stage: 'direct',
    home: ['sieves/after.ts'],
    decides:
      'A dash and a name after the quotation, ending the clause: `“…” — Commissioner Geoffrey Starks`. ' +
      'The dash is the cue.',
    confidence: { base: 0.85 },
    examples: [
      {
        text: '"We will rebuild the bridge." — Mayor Tom Ricks',
        quote: 'We will rebuild the bridge.',
        speaker: 'Mayor Tom Ricks',
        cue: '—',
      },
    ],
    counterExamples: [
      { text: '"We will rebuild the bridge." — the mayor', why: 'a sign-off is a name, not a description' },
      {
        text: '"We will rebuild the bridge" — Mayor Tom Ricks said so on Monday.',
        why: 'the name must end its clause: here it is the subject of a sentence of its own',
      },
      {
        text: 'Further reading\n\n"Ferry fares to rise in spring" — Island Courier, 12 March 2009',
        why: 'a headline cited with its paper and date: no final punctuation in the marks and a date after the name',
      },
    ],
  },
  'speaker-cue-quote': {
    stage: 'direct',
    home: ['sieves/before.ts'],
    decides:
      'The speaker and cue before the quotation: `Putin said: "…"`, `He told reporters, "…"`, ' +
      '`…, saying, "…"`. ' +
      'Without a colon or comma the cue must be strong and the quotation long.',
    confidence: { base: 0.9, bare: 0.75 },
    confidenceNote: '`bare` when no colon or comma comes between the cue and the quotation.',
    examples: [
      {
        text: 'Mayor Tom Ricks said: "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Mayor Tom Ricks told reporters, "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Mayor Tom Ricks',
        cue: 'told reporters',
      },
      {
        text: 'Mayor Tom Ricks said "We will rebuild the bridge this year."',
        quote: 'We will rebuild the bridge this year.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'The mayor defended the plan, saying, "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'The mayor',
        cue: 'saying',
      },
      {
        text: 'The plan was backed by Roads Minister Tom Ricks who said: "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Roads Minister Tom Ricks',
        cue: 'said',
      },
      {
        text: 'The Gazette quoted Mayor Tom Ricks as saying: "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Mayor Tom Ricks',
        cue: 'saying',
      },
      {
        text: 'The Minister for Roads, Tom Ricks, said: "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Tom Ricks',
        cue: 'said',
      },
    ],
    counterExamples: [
      { text: 'The mayor said "no way".', why: 'a quotation introduced before it must open like a sentence' },
      {
        text: 'Mayor Tom Ricks added "We will rebuild the bridge this year."',
        why: 'a weak cue (`added`) needs a colon or comma before the quotation',
      },
    ],
  },
  'according-to': {
    stage: 'both',
    home: ['sieves/before.ts', 'reported/forward.ts', 'reported/tag.ts'],
    decides:
      'The source after `according to`, before or after what it reports: `According to X, …`, `…, according to X.`',
    confidence: { base: 0.8, direct: 0.9 },
    confidenceNote: '`base` for reported speech (times the cue factors), `direct` for a direct quote.',
    examples: [
      {
        text: 'According to the ministry, "The budget is balanced this year."',
        quote: 'The budget is balanced this year.',
        speaker: 'the ministry',
        cue: 'According to',
      },
      {
        text: 'According to the ministry, the budget is balanced this year.',
        quote: 'the budget is balanced this year',
        speaker: 'the ministry',
        cue: 'According to',
      },
      {
        text: 'The budget is balanced this year, according to the ministry.',
        quote: 'The budget is balanced this year',
        speaker: 'the ministry',
        cue: 'according to',
      },
    ],
    counterExamples: [
      {
        text: "According to the Evening Post, the club's chairman said that the stadium is far too small.",
        why: 'the chairman is who spoke, inside the paper’s report: one quote, by him',
      },
      {
        text: 'Everything went according to plan, the minister said.',
        why: '`according to plan` names no source: the tag `the minister said` reports the clause',
      },
    ],
  },
  'colon-lead-in': {
    stage: 'direct',
    home: ['sieves/before.ts'],
    decides:
      'A lead-in that ends in a colon and that no other rule reads: the subject of its last cue speaks ' +
      '(`Ash told the Gazette the deal was "a start": "…"`); with no cue, its last name. ' +
      '`And from Chairwoman Rosenworcel: "…"`',
    confidence: { base: 0.6, cue: 0.75 },
    confidenceNote: '`cue` when the lead-in has a cue, `base` when only a name.',
    examples: [
      {
        text: 'Mayor Tom Ricks told the Gazette the bridge was "a start": "We will keep building."',
        quote: 'We will keep building.',
        speaker: 'Mayor Tom Ricks',
        cue: 'told',
      },
      {
        text: 'Mayor Tom Ricks tweeted using his @TOMRICKS account: "We will keep building."',
        quote: 'We will keep building.',
        speaker: 'Mayor Tom Ricks',
        cue: 'tweeted',
      },
      {
        text: 'And from Mayor Tom Ricks: "We will rebuild the bridge."',
        quote: 'We will rebuild the bridge.',
        speaker: 'Mayor Tom Ricks',
        cue: null,
      },
    ],
    counterExamples: [
      { text: 'And from the town hall: "We will rebuild the bridge."', why: 'the lead-in holds no name' },
    ],
  },
  'runs-on': {
    stage: 'direct',
    home: ['sieves/follow-on.ts'],
    decides:
      'A quotation over several paragraphs (each reopens, only the last closes) is one quote per paragraph; ' +
      'an attribution found in any of them holds for all. So does one reopened inside a paragraph whose break ' +
      'was lost (`…in May. "The new one…`), even when its first part is a follow-on.',
    confidence: { base: 0.95 },
    confidenceNote: 'A factor: the attributed paragraph’s confidence times 0.95.',
    examples: [
      {
        text:
          '"We will rebuild the bridge and the road to the north.\n\n' +
          '"It will take two years," Mayor Tom Ricks said.',
        quote: 'We will rebuild the bridge and the road to the north.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Mayor Tom Ricks said the old bridge was unsafe. "We will close it in May. "The new one opens in June."',
        quote: 'The new one opens in June.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
    ],
    counterExamples: [
      {
        text: '"We will rebuild the bridge and the road."\n\n"It will take two years," Ricks said.',
        why: 'the first quotation closes, so it does not run on into the next paragraph',
      },
      {
        text: 'Mayor Tom Ricks said the old bridge was unsafe. "We will close it in May." "The new one opens in June."',
        quote: 'The new one opens in June.',
        why: 'the first quotation closes before the second opens: the second is a follow-on, not the same quotation',
      },
    ],
  },
  'follow-on': {
    stage: 'direct',
    home: ['sieves/follow-on.ts'],
    decides:
      'A quotation with no cue of its own that opens a sentence right after an attributed one (in the same ' +
      'paragraph, or as the next paragraph) has the same speaker and cue.',
    confidence: { base: 0.85, most: 0.8, report: 0.7, subject: 0.5 },
    confidenceNote:
      'A factor: the previous quote’s confidence times 0.85, at `most` 0.8; `report` after a sentence of reported ' +
      'speech; `subject` for a quotation in the first person after a sentence with no cue whose subject is a person.',
    examples: [
      {
        text: '"We will rebuild the bridge," Mayor Tom Ricks said.\n\n"It will take two years and cost a lot."',
        quote: 'It will take two years and cost a lot.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Mayor Tom Ricks said: "We will rebuild the bridge." "It will take two years and cost a lot."',
        quote: 'It will take two years and cost a lot.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Mayor Tom Ricks said the old bridge was "a danger". "It will take two years to rebuild."',
        quote: 'It will take two years to rebuild.',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Head teacher Ana Vidal criticised the timetable. "Children cannot learn when they start at seven."',
        quote: 'Children cannot learn when they start at seven.',
        speaker: 'Head teacher Ana Vidal',
        cue: 'criticised',
      },
      {
        text: 'Mayor Tom Ricks was in no hurry. "We will rebuild the bridge when the money is there."',
        quote: 'We will rebuild the bridge when the money is there.',
        speaker: 'Mayor Tom Ricks',
        cue: null,
      },
    ],
    counterExamples: [
      {
        text:
          '"We will rebuild the bridge," Ricks said. The crowd cheered loudly. ' +
          '"It will take two years and cost a lot."',
        quote: 'It will take two years and cost a lot.',
        why: 'a sentence of narration comes between the two quotations',
      },
      {
        text: 'The mayor believes the bridge is safe. "It will take two years to rebuild."',
        quote: 'It will take two years to rebuild.',
        why: 'a sentence of thought, not speech, comes before the quotation',
      },
      {
        text: 'Mayor Tom Ricks was injured in the flood. "We found him under the old bridge."',
        quote: 'We found him under the old bridge.',
        why: 'the person the sentence is about is acted on, not acting: the quotation may be his rescuers’',
      },
      {
        text: 'Mayor Tom Ricks opened the bridge in May. "It will carry heavy trucks for a century."',
        quote: 'It will carry heavy trucks for a century.',
        why: 'with no cue before it, only a quotation in the first person is taken for the subject’s words',
      },
      {
        text: 'Rescuers carried Mayor Tom Ricks from the river. "We reached him just in time."',
        quote: 'We reached him just in time.',
        why: 'the person is no subject: he is the object of the sentence',
      },
      {
        text: 'Lee spent years on a new thing called the web. "I was driving to work one day."',
        quote: 'I was driving to work one day.',
        why: '`called` follows an object here, so it reports nothing; and `Lee` alone is no known person',
      },
    ],
  },
  unattributed: {
    stage: 'direct',
    home: ['sieves/follow-on.ts'],
    decides:
      'With the `unattributed` option: a quotation that is a sentence of its own (opens a sentence, long enough, ' +
      'capitalised) but that no other rule attributes is a quote with no speaker.',
    confidence: { base: 0.3 },
    examples: [
      {
        text: '"We will rebuild the bridge this year." The crowd cheered.',
        quote: 'We will rebuild the bridge this year.',
        speaker: null,
        cue: null,
        options: { unattributed: true },
      },
    ],
    counterExamples: [
      {
        text: 'The children sang "Happy Birthday" to their teacher.',
        why: 'a title inside a sentence is not speech',
        options: { unattributed: true },
      },
      {
        text: '"We will rebuild the bridge this year." The crowd cheered.',
        why: 'without the `unattributed` option such quotations are left out',
      },
    ],
  },
  'reported-after': {
    stage: 'reported',
    home: ['reported/forward.ts'],
    decides:
      'Reported speech after its cue and source: `Putin said (that) …`, `X told reporters …`, ' +
      '`X promised to …`, ' +
      '`…, saying …`. The content is the clause, without `that` and adjuncts of the speech event.',
    confidence: { base: 0.75, gerund: 0.6, that: 0.85, weak: 0.5 },
    confidenceNote:
      'The first that fits: `gerund` for a participle cue (`…, saying …`), `that` when `that` opens the clause, ' +
      '`weak` for a weak cue, else `base`; then times the cue factors.',
    examples: [
      {
        text: 'Mayor Tom Ricks said that the bridge would be rebuilt next year.',
        quote: 'the bridge would be rebuilt next year',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Harbour Chief Says Ferry Will Sail Again',
        quote: 'Ferry Will Sail Again',
        speaker: 'Harbour Chief',
        cue: 'Says',
      },
      {
        text: 'Mayor Tom Ricks told reporters the bridge would open in May.',
        quote: 'the bridge would open in May',
        speaker: 'Mayor Tom Ricks',
        cue: 'told reporters',
      },
      {
        text: 'The mayor promised to rebuild the bridge within two years.',
        quote: 'to rebuild the bridge within two years',
        speaker: 'The mayor',
        cue: 'promised',
      },
      {
        text: 'Senator Jane Holt voted against the plan, saying it would cost too much.',
        quote: 'it would cost too much',
        speaker: 'Senator Jane Holt',
        cue: 'saying',
      },
      {
        text: "According to the Evening Post, the club's chairman said that the stadium is far too small.",
        quote: 'the stadium is far too small',
        speaker: "the club's chairman",
        cue: 'said',
      },
      {
        text: 'The coach said although his side had lost twice, "nobody here is panicking".',
        quote: 'although his side had lost twice, "nobody here is panicking"',
        speaker: 'The coach',
        cue: 'said',
      },
      {
        text: 'He insisted the fees were "very low" and designed to cover staff costs.',
        quote: 'the fees were "very low" and designed to cover staff costs',
        speaker: 'He',
        cue: 'insisted',
      },
      {
        text: 'He added that his club, who are three points clear, were "fearing nobody".',
        quote: 'his club, who are three points clear, were "fearing nobody"',
        speaker: 'He',
        cue: 'added that',
      },
      {
        text: 'He said he hoped the talks would be "a first step" and suggested they could "end the dispute".',
        quote: 'he hoped the talks would be "a first step"',
        speaker: 'He',
        cue: 'said',
      },
      {
        text: 'Police say the road will reopen tonight, with the Gazette reporting that repairs are "almost finished".',
        quote: 'repairs are "almost finished"',
        speaker: 'the Gazette',
        cue: 'reporting',
      },
      {
        text: 'The mayor said taxes would rise but the opposition says they will fall.',
        quote: 'they will fall',
        speaker: 'the opposition',
        cue: 'says',
      },
      {
        text: 'The firm said output would drop adding that it could recover later.',
        quote: 'output would drop',
        speaker: 'The firm',
        cue: 'said',
      },
      {
        text: 'The levy, which farmers claim will ruin small growers, is due in May.',
        quote: 'will ruin small growers',
        speaker: 'farmers',
        cue: 'claim',
      },
      {
        text: 'The ferry - which the council says is too old to insure - will stop in June.',
        quote: 'is too old to insure',
        speaker: 'the council',
        cue: 'says',
      },
      {
        text: 'Ms Orr, who says she never saw the letter, could lose her seat.',
        quote: 'she never saw the letter',
        speaker: 'Ms Orr',
        cue: 'says',
      },
      {
        text: 'The bakery announced it would open a second shop in May.',
        quote: 'it would open a second shop in May',
        speaker: 'The bakery',
        cue: 'announced',
      },
      {
        text: 'The pool will shut after it was confirmed the roof is unsafe.',
        quote: 'the roof is unsafe',
        speaker: null,
        cue: 'confirmed',
      },
      {
        text: 'Ms Dale warned there was a real risk that the pier would "simply fall into the sea".',
        quote: 'there was a real risk that the pier would "simply fall into the sea"',
        speaker: 'Ms Dale',
        cue: 'warned',
      },
      {
        text: 'The harbour master warned the old pier was "a disaster waiting to happen".',
        quote: 'the old pier was "a disaster waiting to happen"',
        speaker: 'The harbour master',
        cue: 'warned',
      },
      {
        text: 'Ms Hale, who said the rot was "far deeper than anyone admits", called for an inquiry into the mill.',
        quote: 'the rot was "far deeper than anyone admits"',
        speaker: 'Ms Hale',
        cue: 'said',
      },
      {
        text: 'The union, which said the rota was "unworkable", will meet the board on Friday.',
        quote: 'the rota was "unworkable"',
        speaker: 'The union',
        cue: 'said',
      },
      {
        text: 'She said farming was entering a "digital" age that demanded patient and careful work.',
        quote: 'farming was entering a "digital" age that demanded patient and careful work',
        speaker: 'She',
        cue: 'said',
      },
      {
        text: '"It is the finest show in years," Mr Lamb said. He felt that the cast gave a "flawless" performance.',
        quote: 'the cast gave a "flawless" performance',
        speaker: 'He',
        cue: 'felt',
      },
      {
        text: 'It was a survey that claimed the lake was "badly polluted" by the mill.',
        quote: 'the lake was "badly polluted" by the mill',
        speaker: 'a survey',
        cue: 'claimed',
      },
    ],
    counterExamples: [
      { text: 'The veto is expected to come next week.', why: 'a passive cue: the subject is not the one expecting' },
      {
        text: 'The coach explained in an interview with the Gazette.',
        why: 'the object of `in an interview with` is the outlet, not what was said',
      },
      {
        text: 'Ships from the United States, Norway and Japan support the rescue effort.',
        why: 'a capitalised `States` inside a sentence in sentence case is part of a name, not the verb `states`',
      },
      {
        text: 'The studio entered an era that demanded costly new cameras and lights.',
        why: 'the subject of `that demanded` is `an era`, a thing, which says nothing',
      },
      {
        text: 'Ms Fry thinks that dogs are "angels".',
        why: 'a thought with no quotation of hers beside it: the quoted word may be the writer’s (thoughts not asked)',
      },
      {
        text: '"It is the finest show in years," Mr Lamb said. He felt the cast gave a "flawless" performance.',
        quote: 'the cast gave a "flawless" performance',
        why: 'a thought verb without `that` is no report of speech when thoughts were not asked for',
      },
      {
        text: '"We are close," Ms Orr said. She said she reckoned that the talks would be "a first step".',
        quote: 'the talks would be "a first step"',
        why: 'inside what was said, a thought is part of its content, not a quote of its own',
      },
      {
        text: 'Ms Hale warned tenants about the rise in rents last winter.',
        why: '`tenants` is the hearer: no finite verb follows it, so no clause was warned',
      },
      {
        text: 'The levy, which farmers claim will ruin small growers, is due in May.',
        quote: 'will ruin small growers, is due in May',
        why: 'a relative clause ends at the comma before the main verb: `is due` is not what farmers claim',
      },
      {
        text: 'The fees which the club says rising costs justify are too high.',
        why: 'an -ing word after the cue opens a subject: the relative clause has no gap right after its cue',
      },
      {
        text: 'It is called "the long room" and it seats forty.',
        why: '`it is called`: a passive that names a thing reports no speech',
      },
      {
        text: 'The bakery announced plans to open a second shop in May.',
        why: '`announced plans to …`: a disclosure verb with a bare noun phrase reports an event, not words',
      },
      {
        text: 'The brewery reported higher profits for the year on Tuesday.',
        why: '`reported higher profits`: a figure disclosed, not something said',
      },
      {
        text: 'Police say the road will reopen tonight, with the Gazette reporting that repairs are "almost finished".',
        quote: 'the road will reopen tonight, with the Gazette reporting that repairs are "almost finished"',
        why: 'a second source reporting (`with X reporting that`) is a quote of its own, not part of the first',
      },
      {
        text: 'Police say the road will reopen tonight, with repairs almost finished.',
        quote: 'the road will reopen tonight',
        why: '`with` and no reporting verb: an adjunct of what was said, kept in it',
      },
      {
        text: 'He said he hoped the talks would be "a first step" and suggested they could "end the dispute".',
        quote: 'he hoped the talks would be "a first step" and suggested they could "end the dispute"',
        why: 'a second reporting verb after `and` starts a quote of its own',
      },
      {
        text: 'The mayor said taxes would rise but the opposition says they will fall.',
        quote: 'taxes would rise but the opposition says they will fall',
        why: '`but` with a subject and a reporting verb of its own: a second report',
      },
      {
        text: 'She said the shop had closed and the owners had left town.',
        quote: 'the shop had closed',
        why: '`and` with a subject and no reporting verb: still what she said',
      },
      {
        text: 'He said the fees were low and urged the board to act.',
        quote: 'the fees were low and urged the board to act',
        why: '`and urged the board`: a second predicate of the speaker, not a participle of the clause',
      },
      {
        text: 'She said the fund would go to the nurses, who earn too little.',
        quote: 'the fund would go to the nurses, who earn too little',
        why: 'a relative clause at the end, with no second comma and verb after it, is hung on the content',
      },
      {
        text: 'Ricks called the meeting to order at noon.',
        why: '`called` reports only with `that`, `for` or a quotation',
      },
    ],
  },
  'reported-before': {
    stage: 'reported',
    home: ['reported/tag.ts'],
    decides: 'Reported speech before a tag at the sentence’s end: `CONTENT, X said.`, `CONTENT, said X.`',
    confidence: { base: 0.8 },
    confidenceNote: 'Times the cue factors.',
    examples: [
      {
        text: 'The bridge will be rebuilt next year, Mayor Tom Ricks said.',
        quote: 'The bridge will be rebuilt next year',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'The bridge will be rebuilt next year, said Mayor Tom Ricks.',
        quote: 'The bridge will be rebuilt next year',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'Bus fares should be frozen for a year, the drivers union has said.',
        quote: 'Bus fares should be frozen for a year',
        speaker: 'the drivers union',
        cue: 'said',
      },
      {
        text: 'The singer will tour Japan in the spring, the promoter has told Radio North.',
        quote: 'The singer will tour Japan in the spring',
        speaker: 'the promoter',
        cue: 'told',
      },
      {
        text: 'The striker will join a Dutch club, it has been reported.',
        quote: 'The striker will join a Dutch club',
        speaker: null,
        cue: 'reported',
      },
      {
        text: 'Save the harbour, anglers say\n\nA campaign to keep the old harbour open began on Monday.',
        quote: 'Save the harbour',
        speaker: 'anglers',
        cue: 'say',
      },
      {
        text: 'Ferries had been sent to the island, said Mr Lund, but he said the crews were still waiting.',
        quote: 'Ferries had been sent to the island',
        speaker: 'Mr Lund',
        cue: 'said',
      },
    ],
    counterExamples: [
      {
        text: 'Prices rose sharply, and the mayor said the council should act.',
        why: '`and the mayor said` is no tag between commas: the clause after the cue is what was said',
      },
      {
        text: 'Protect nurses, unions say.\n\nA campaign began on Monday.',
        why: 'a full stop: no headline, so two words are too little to report',
      },
      {
        text: 'The striker will join a Dutch club, it has been called.',
        why: '`it has been called` names a thing: no tag',
      },
    ],
  },
  'reported-around': {
    stage: 'reported',
    home: ['reported/tag.ts'],
    decides:
      'A tag inside the reported clause, between commas: `But to prevent problems, he said, officials should be ' +
      'alert.` The content is two parts, without the tag.',
    confidence: { base: 0.75 },
    confidenceNote: 'Times the cue factors.',
    examples: [
      {
        text: 'The bridge, Mayor Tom Ricks said, will be rebuilt next year.',
        quote: 'The bridge will be rebuilt next year',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
      {
        text: 'But to save money, Mayor Tom Ricks said, the town will rebuild the old bridge.',
        quote: 'But to save money the town will rebuild the old bridge',
        speaker: 'Mayor Tom Ricks',
        cue: 'said',
      },
    ],
    counterExamples: [
      { text: 'The bridge, the mayor said, will open.', why: 'what follows the tag is too short to be a clause' },
    ],
  },
  'reported-object': {
    stage: 'reported',
    home: ['reported/forward.ts'],
    decides:
      'A stance verb whose noun-phrase object is the content, up to an adjunct of the act: `Clinton criticized the ' +
      'plan during a campaign stop`. Only for a source that can take a stance.',
    confidence: { base: 0.4 },
    confidenceNote: 'Times the cue factors.',
    examples: [
      {
        text: 'Senator Jane Holt criticized the new budget plan during a town hall meeting.',
        quote: 'the new budget plan',
        speaker: 'Senator Jane Holt',
        cue: 'criticized',
      },
      {
        text: 'Senator Jane Holt described the plan as a "fiscal disaster" on Monday.',
        quote: 'the plan as a "fiscal disaster"',
        speaker: 'Senator Jane Holt',
        cue: 'described',
      },
    ],
    counterExamples: [
      { text: 'The bridge will support heavy trucks during the winter.', why: 'a bridge takes no stance' },
      { text: 'It will support heavy trucks during the winter.', why: '`it` names no one who could take a stance' },
    ],
  },
  'colon-label': {
    stage: 'reported',
    home: ['reported/paragraph.ts'],
    decides:
      'A paragraph that opens with a name or an all-caps label and a colon reports the rest of the paragraph: ' +
      'transcripts (`PENCE: Well, look, …`) and headlines. The colon is the cue.',
    confidence: { base: 0.6 },
    examples: [
      {
        text: 'HOLT: We will not pass this budget without changes.',
        quote: 'We will not pass this budget without changes',
        speaker: 'HOLT',
        cue: ':',
      },
      {
        text: 'Jane Holt: We will not pass this budget without changes.',
        quote: 'We will not pass this budget without changes',
        speaker: 'Jane Holt',
        cue: ':',
      },
    ],
    counterExamples: [
      { text: 'HOLT: No.', why: 'too short to report' },
      { text: 'LONDON: The river rose two metres overnight and flooded the town.', why: 'a place is a dateline' },
    ],
  },
  'characterized-as': {
    stage: 'reported',
    home: ['reported/paragraph.ts'],
    decides:
      'A verb that casts someone or something *as* a quoted phrase puts the words in the subject’s mouth: a mixed ' +
      'quote from the verb to the clause’s end. `Reid has been pounding Trump as a “con artist”`',
    confidence: { base: 0.55 },
    examples: [
      {
        text: 'Senator Jane Holt branded the mayor as a "reckless spender" in a radio interview.',
        quote: 'the mayor as a "reckless spender" in a radio interview',
        speaker: 'Senator Jane Holt',
        cue: 'branded',
      },
    ],
    counterExamples: [
      {
        text: 'The mayor is known as "the Builder" in his home town.',
        why: 'no verb casts anyone: `is known` is a copula',
      },
      {
        text: 'Holt called the plan a "fiscal disaster" on Monday.',
        why: 'no `as` before the quotation (`called` reads it as an object instead)',
      },
    ],
  },
  'headline-claim': {
    stage: 'reported',
    home: ['reported/headline.ts'],
    decides:
      "A headline whose predicate is in quotation marks (`Ferry firm 'to cut winter sailings'`) reports a claim " +
      'the paper does not make its own: the whole line is a mixed quote, with no speaker and no cue.',
    confidence: { base: 0.5 },
    examples: [
      {
        text: "Ferry firm 'to cut winter sailings'\n\nThe island's ferry operator plans fewer crossings.",
        quote: "Ferry firm 'to cut winter sailings'",
        speaker: null,
        cue: null,
      },
      {
        text: "Harbour fees 'must come down'\n\nBoat owners want lower fees at the marina.",
        quote: "Harbour fees 'must come down'",
        speaker: null,
        cue: null,
      },
      {
        text: "Stone twins 'will not row again'\n\nThe rowing careers of the Stone twins look over.",
        quote: "Stone twins 'will not row again'",
        speaker: null,
        cue: null,
      },
    ],
    counterExamples: [
      {
        text: "Fishing fleet warning over 'red tide'\n\nAlgae have closed the bay to boats.",
        why: 'the quotation is a term, not a predicate',
      },
      {
        text: "Ferry firm 'to cut winter sailings'. The island's ferry operator plans fewer crossings.",
        why: 'a sentence with a full stop is no headline',
      },
      {
        text: "Rowers rejected 'must try harder' report\n\nThe club's rowers did not like the review.",
        why: 'a verb before the quotation: the quoted words are not the subject’s predicate',
      },
    ],
  },
} as const satisfies Record<RuleName, RuleInfo>;

/** Reported speech: a thought cue (`believes`) is less sure than speech, a weak cue (`noted`) less than `said`. */
export const CUE_FACTORS = { thought: 0.75, weak: 0.8 } as const;
