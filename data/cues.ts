/**
 * The cue lexicon's rows: the reporting verbs and multi-word cues saidby knows, and what each verb takes. This is data,
 * edited by hand; `npm run generate` (scripts/build-cues.ts) conjugates the verbs with compromise, checks the rows
 * and writes src/generated/cues.ts. Where the list came from and what was left out: data/cues.md.
 */
import type { CueClass } from '../src/types.js';

export type Tense = 'infinitive' | 'past' | 'present' | 'gerund' | 'participle';

/**
 * A verb lemma's row: `['add', 'speech', { weak: true }], // "added 500 jobs"`.
 *
 * class  'speech'  an act of speaking: dialogue moves, manner of speaking, directives
 *        'report'  asserting, declaring or disclosing content for the record, whatever the channel
 *        'writing' the channel is written or online
 *        'thought' a belief, feeling or state of knowledge: `believes`, `fears`, `knows`
 *        'stance'  an attitude for or against something, not an act of speaking: `supports`, `opposes`, `rejected`
 *        'plan'    an aim, wish or decision: `wants`, `plans`, `seeks to`, `decided to`, `refused to`
 *        'evidence' what a poll, study or document shows: `polls show`, `the study found`, `estimates`
 * The first three are acts of communication, returned by default; the other four only on request (cueClasses).
 */
export type VerbRow = readonly [lemma: string, cls: CueClass, options?: VerbOptions];

export interface VerbOptions {
  /**
   * true: the word is often not a reporting verb (a noun or adjective homograph, a literal sense); a list: only these
   * forms are. Attribution then requires an adjacent quote.
   */
  readonly weak?: true | readonly string[];
  /** More forms of the same lemma, as [form, tense] (spelling variants): `[['marvelled', 'past']]`. */
  readonly extra?: readonly (readonly [form: string, tense: Tense])[];
  /** Other spellings of the lemma (British -ise), conjugated and filed under this lemma. */
  readonly variants?: readonly string[];
  /**
   * What may follow the verb besides a clause (a `that` clause, any verb may take):
   * 'to'      a to-infinitive is the content: `promised to cut taxes`, `refused to release`
   * 'object'  a stance verb whose noun-phrase object is the content: `criticized the plan (as …)`, `cited the poll`
   * 'hearer'  its first object is the hearer, not the content: `told reporters (that) …`, `assured voters …`
   */
  readonly takes?: readonly Complement[];
  /** A weak form reports a clause only after `that` or with a quotation ahead: not `called the meeting to order`. */
  readonly needsThat?: true;
  /** It takes no clause (`speaking Friday in Fort Wayne, …`): what was said follows `about` or `of` (phrase cues). */
  readonly intransitive?: true;
}

/** What a verb can take after it besides a clause: see VerbOptions.takes. */
export type Complement = 'to' | 'object' | 'hearer';

/**
 * A multi-word or passive cue: a concrete lower-case token sequence (no slots), its lemma and class, whether its
 * subject is the quoted source (passive: `was quoted as saying`), and an example.
 */
export type PhraseRow = readonly [words: string, lemma: string, cls: CueClass, passive: boolean, example: string];

// ---------------------------------------------------------------------------------------------
// Verb lemmas: [lemma, class, options?]
// ---------------------------------------------------------------------------------------------
export const VERBS: readonly VerbRow[] = [
  // -- speech: the core
  ['say', 'speech'],
  ['tell', 'speech', { takes: ['to', 'hearer'] }],
  ['add', 'speech', { weak: true, needsThat: true }], // "added 500 jobs", "added value"
  ['speak', 'speech', { weak: true, intransitive: true }], // "spoke at the event" has no content
  ['ask', 'speech', { takes: ['to'] }],
  ['reply', 'speech'],
  ['respond', 'speech', { weak: true }], // "responded to treatment"
  ['answer', 'speech', { weak: ['answer', 'answers'] }], // nouns
  ['explain', 'speech'],
  ['continue', 'speech', { weak: true, needsThat: true }], // mostly aspectual: "continued to rise"
  ['recall', 'speech', { weak: ['recall', 'recalls'] }], // product recalls
  ['recount', 'speech'],
  ['mention', 'speech', { weak: ['mention', 'mentions'], takes: ['object'] }],
  ['remark', 'speech', { weak: ['remark', 'remarks'] }],
  ['comment', 'speech', { weak: ['comment', 'comments'], intransitive: true }],
  ['observe', 'speech', { weak: true }], // "observed the eclipse"
  ['call', 'speech', { weak: true, takes: ['object'], needsThat: true }], // "called him a liar", "a man called Smith"
  ['repeat', 'speech', { weak: true }],
  ['reiterate', 'speech'],
  ['reason', 'speech', { weak: ['reason', 'reasons'] }], // nouns: "the reason"
  ['interject', 'speech'],
  ['interrupt', 'speech', { weak: true }],
  ['counter', 'speech', { weak: true }], // noun/adjective/adverb homograph
  ['retort', 'speech'],
  ['rebut', 'speech'],
  ['joke', 'speech', { weak: ['joke', 'jokes'], needsThat: true }],
  ['quip', 'speech', { weak: ['quip', 'quips'] }],
  ['tease', 'speech', { weak: true, needsThat: true }],
  ['confide', 'speech'],
  ['muse', 'speech', { weak: ['muse', 'muses'] }],
  [
    'marvel',
    'speech',
    {
      weak: ['marvel', 'marvels'],
      extra: [
        ['marvelled', 'past'],
        ['marvelling', 'gerund'],
      ],
    },
  ],
  ['complain', 'speech'],
  ['grumble', 'speech'],
  ['moan', 'speech', { weak: true }],
  ['whine', 'speech', { weak: true }],
  ['lament', 'speech', { takes: ['object'] }],
  ['boast', 'speech', { weak: true }], // "the city boasts a museum"
  ['brag', 'speech'],
  ['gush', 'speech', { weak: true }],
  ['enthuse', 'speech'],
  ['apologize', 'speech', { weak: true, variants: ['apologise'] }],
  // -- speech: manner of speaking (loudness, voice)
  ['shout', 'speech'],
  ['yell', 'speech'],
  ['scream', 'speech', { weak: true }],
  ['cry', 'speech', { weak: true, needsThat: true }], // weeping
  ['exclaim', 'speech'],
  ['bellow', 'speech'],
  ['holler', 'speech'],
  ['roar', 'speech', { weak: true }],
  ['thunder', 'speech', { weak: true }],
  ['whisper', 'speech'],
  ['murmur', 'speech', { weak: ['murmur', 'murmurs'] }],
  ['mutter', 'speech'],
  ['mumble', 'speech'],
  ['stammer', 'speech'],
  ['stutter', 'speech', { weak: true }], // "the economy stuttered"
  ['blurt', 'speech'],
  ['drawl', 'speech'],
  ['rasp', 'speech', { weak: true }],
  ['croak', 'speech', { weak: true }],
  ['hiss', 'speech', { weak: true }],
  ['growl', 'speech', { weak: true }],
  ['snarl', 'speech', { weak: true }],
  ['snap', 'speech', { weak: true }], // "snapped a ligament", "snap election"
  ['sneer', 'speech'],
  ['scoff', 'speech'],
  ['fume', 'speech', { weak: true }],
  ['rant', 'speech'],
  ['rave', 'speech', { weak: true }],
  ['wail', 'speech', { weak: true }],
  ['sob', 'speech', { weak: true }],
  ['gasp', 'speech', { weak: true }],
  ['groan', 'speech', { weak: true }],
  // Vocal non-verbal sounds: in news these introduce a quote ('"Fine," she laughed.') but are
  // usually literal, so they are weak. Gesture verbs (smile, nod, shrug, grin) are excluded.
  ['laugh', 'speech', { weak: true, needsThat: true }],
  ['chuckle', 'speech', { weak: true }],
  ['sigh', 'speech', { weak: true }],
  // -- speech: directives and requests
  ['urge', 'speech', { takes: ['to', 'hearer'] }],
  ['plead', 'speech', { weak: true, extra: [['pled', 'past']] }], // "pleaded guilty"
  ['beg', 'speech'],
  ['implore', 'speech'],
  ['demand', 'speech', { weak: ['demand', 'demands'], takes: ['object'] }],
  ['advise', 'speech', { takes: ['hearer'] }],
  [
    'counsel',
    'speech',
    {
      weak: true,
      extra: [
        ['counseled', 'past'],
        ['counseling', 'gerund'],
      ],
    },
  ],
  ['instruct', 'speech'],
  ['order', 'speech', { weak: true, takes: ['to'] }],
  ['caution', 'speech', { weak: ['caution', 'cautions'] }],
  ['remind', 'speech', { takes: ['hearer'] }],
  ['assure', 'speech', { takes: ['hearer'] }],
  ['reassure', 'speech', { takes: ['hearer'] }],
  ['inform', 'speech', { takes: ['hearer'] }],
  ['notify', 'speech', { weak: true, takes: ['hearer'] }],
  ['chide', 'speech'],
  ['scold', 'speech'],
  ['rebuke', 'speech'],
  ['admonish', 'speech'],
  ['preach', 'speech', { weak: true }],
  ['lecture', 'speech', { weak: true, intransitive: true }],

  // -- report: assertion, declaration, disclosure, prediction, commitment
  ['state', 'report', { weak: ['state', 'states'] }], // noun "state"
  ['claim', 'report', { weak: ['claim', 'claims'], takes: ['to'] }],
  ['insist', 'report'],
  ['argue', 'report'],
  ['contend', 'report'],
  ['maintain', 'report', { weak: true }], // "maintained the roads"
  ['assert', 'report'],
  ['aver', 'report'],
  ['affirm', 'report'],
  ['attest', 'report'],
  ['declare', 'report', { weak: true }], // "declared a state of emergency"
  ['proclaim', 'report'],
  ['announce', 'report', { takes: ['object'] }],
  ['report', 'report', { weak: ['report', 'reports', 'reporting'] }],
  ['confirm', 'report', { takes: ['object'] }],
  ['deny', 'report', { takes: ['object'] }],
  ['admit', 'report', { weak: true }], // "admitted to hospital"
  ['acknowledge', 'report', { takes: ['object'] }],
  ['concede', 'report'],
  ['confess', 'report'],
  ['allege', 'report'],
  ['charge', 'report', { weak: true }],
  ['accuse', 'report', { weak: true, takes: ['object'] }],
  ['reveal', 'report', { takes: ['object'] }],
  ['disclose', 'report'],
  ['divulge', 'report'],
  ['testify', 'report', { intransitive: true }],
  ['clarify', 'report'],
  ['stress', 'report', { weak: ['stress', 'stresses'] }],
  ['emphasize', 'report', { variants: ['emphasise'] }],
  ['underline', 'report', { weak: true }],
  ['underscore', 'report', { weak: true }],
  ['highlight', 'report', { weak: true, takes: ['object'] }],
  ['note', 'report', { weak: ['note', 'notes'], needsThat: true }],
  ['point', 'report', { weak: true }], // only safe as "point(ed) out": see PHRASES
  ['warn', 'report', { takes: ['hearer'] }],
  ['predict', 'report', { takes: ['object'] }],
  ['forecast', 'report', { weak: ['forecast', 'forecasts'] }],
  ['suggest', 'report', { weak: true }], // "the data suggest"
  [
    'signal',
    'report',
    {
      weak: true,
      extra: [
        ['signalled', 'past'],
        ['signalling', 'gerund'],
      ],
    },
  ],
  ['hint', 'report', { weak: ['hint', 'hints'] }],
  ['imply', 'report', { weak: true }],
  ['propose', 'report', { weak: true, takes: ['object'] }],
  ['recommend', 'report', { weak: true, takes: ['object'] }],
  ['conclude', 'report', { weak: true }],
  ['object', 'report', { weak: true }], // noun "object"
  ['protest', 'report', { weak: true }],
  ['dispute', 'report', { weak: true, takes: ['object'] }],
  ['question', 'report', { weak: true, takes: ['object'] }],
  ['criticize', 'report', { weak: true, variants: ['criticise'], takes: ['object'] }],
  ['condemn', 'report', { weak: true, takes: ['object'] }],
  ['decry', 'report', { takes: ['object'] }],
  ['promise', 'report', { weak: ['promise', 'promises'], takes: ['to', 'object', 'hearer'] }],
  ['vow', 'report', { weak: ['vow', 'vows'], takes: ['to', 'object'] }],
  ['pledge', 'report', { weak: ['pledge', 'pledges'], takes: ['to', 'object'] }],
  ['swear', 'report', { weak: true, takes: ['to'] }], // "sworn in", cursing
  ['guarantee', 'report', { weak: true }],
  ['offer', 'report', { weak: true, takes: ['to'], needsThat: true }],
  ['opine', 'report'],
  ['posit', 'report'],
  ['speculate', 'report'],
  ['theorize', 'report', { variants: ['theorise'] }],
  ['describe', 'report', { weak: true, takes: ['object'], needsThat: true }],
  ['outline', 'report', { weak: true, needsThat: true }],
  ['detail', 'report', { weak: true, needsThat: true }],
  ['summarize', 'report', { weak: true, variants: ['summarise'] }],
  ['cite', 'report', { weak: true, takes: ['object'], needsThat: true }],
  // verbal evaluations frequent in political news: acts of communication whose object is what was said of
  ['praise', 'report', { weak: true, takes: ['object'] }],
  ['attack', 'report', { weak: true }],
  ['dismiss', 'report', { weak: true, takes: ['object'] }],
  ['denounce', 'report', { weak: true, takes: ['object'] }],
  ['blast', 'report', { weak: true, takes: ['object'] }],
  ['slam', 'report', { weak: true, takes: ['object'] }], // "slammed the door"
  ['mock', 'report', { weak: true, takes: ['object'] }], // "a mock trial"
  ['ridicule', 'report', { weak: true, takes: ['object'] }],
  ['tout', 'report', { weak: true, takes: ['object'] }],
  ['blame', 'report', { weak: true, takes: ['object'] }],
  ['discuss', 'report', { weak: true }],
  ['express', 'report', { weak: true }],
  ['consider', 'thought', { weak: true }],

  // -- stance: an attitude taken for or against something, not itself an act of speaking; on request only
  ['agree', 'stance', { weak: true, takes: ['to'] }],
  ['disagree', 'stance'],
  ['concur', 'stance'],
  ['endorse', 'stance', { weak: true, takes: ['object'] }],
  ['support', 'stance', { weak: true, takes: ['object'] }],
  ['oppose', 'stance', { weak: true, takes: ['object'] }],
  ['defend', 'stance', { weak: true, takes: ['object'] }],
  ['reject', 'stance', { weak: true, takes: ['object'] }],

  // -- plan: an aim, wish or decision; on request only
  ['refuse', 'plan', { weak: true, takes: ['to'] }],
  ['decline', 'plan', { weak: true, takes: ['to'] }],
  ['decide', 'plan', { weak: true, takes: ['to'] }],
  ['plan', 'plan', { weak: true, takes: ['to'] }],
  ['seek', 'plan', { weak: true, takes: ['to'] }],
  ['want', 'plan', { weak: true, takes: ['to', 'object'] }],

  // -- evidence: what a poll, study or document shows; on request only
  ['estimate', 'evidence', { weak: ['estimate', 'estimates'] }],
  ['indicate', 'evidence', { weak: true }],
  ['show', 'evidence', { weak: true }], // "a poll shows that"; "the show"
  ['find', 'evidence', { weak: true }], // "the study found that"

  // -- writing: written or online channel
  ['write', 'writing'],
  ['tweet', 'writing', { weak: ['tweet', 'tweets'] }],
  ['post', 'writing', { weak: true, needsThat: true }],
  ['blog', 'writing', { weak: ['blog', 'blogs'] }],
  ['email', 'writing', { weak: ['email', 'emails'] }],
  ['text', 'writing', { weak: ['text', 'texts'] }],
  ['message', 'writing', { weak: ['message', 'messages'] }],
  ['read', 'writing', { weak: true }], // 'the statement read: "..."'
  ['pen', 'writing', { weak: true }],
  ['publish', 'writing', { weak: true }],

  // -- thought: mental states; indirect-speech cues, nearly always weak
  ['know', 'thought', { weak: true }],
  ['see', 'thought', { weak: true }], // "sees the plan as", "saw that"
  ['learn', 'thought', { weak: true }],
  ['think', 'thought', { weak: true }],
  ['believe', 'thought', { weak: true }],
  ['feel', 'thought', { weak: true }],
  ['hope', 'thought', { weak: true, takes: ['to'] }],
  ['fear', 'thought', { weak: true }],
  ['expect', 'thought', { weak: true, takes: ['to'] }],
  ['worry', 'thought', { weak: true }],
  ['wonder', 'thought', { weak: true }],
  ['reckon', 'thought'],
  ['suspect', 'thought', { weak: true }],
  ['doubt', 'thought', { weak: true }],
  ['guess', 'thought', { weak: true }],
  ['imagine', 'thought', { weak: true }],
  ['surmise', 'thought'],
  ['realize', 'thought', { weak: true, variants: ['realise'] }],
];

// Corrections of compromise 14.17.0, checked by hand. Key: lemma or variant spelling.
// The build prints each one that actually differs from compromise, and fails on stale entries.
export const FIX: Readonly<Record<string, Partial<Record<Tense, string>>>> = {
  tweet: { past: 'tweeted' }, // compromise: "tweet"
  quip: { past: 'quipped' }, // "quip"
  drawl: { past: 'drawled' }, // "drawl"
  aver: { past: 'averred', gerund: 'averring' }, // "avered", "avering"
  text: { gerund: 'texting' }, // "text"
  blog: { gerund: 'blogging' }, // "blog"
  rebut: { gerund: 'rebutting' }, // "rebut"
  posit: { gerund: 'positing' }, // "posit"
  snap: { gerund: 'snapping' }, // "snaping"
  murmur: { gerund: 'murmuring' }, // "murmur"
  marvel: { past: 'marveled', gerund: 'marveling' }, // "marvel", "marvel"
  chide: { past: 'chided' }, // "chide"
  scold: { past: 'scolded' }, // "scold"
  pen: { past: 'penned' }, // "pent" (that is the adjective / old past of "pen in")
  slam: { gerund: 'slamming' }, // "slam"
  tout: { past: 'touted' }, // "tout"
};

// Forms that must come out exactly like this (irregulars and doubling); the build fails otherwise.
export const EXPECT: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writing'],
  think: ['thought', 'thinking'],
  feel: ['felt'],
  speak: ['spoke', 'spoken'],
  swear: ['swore', 'sworn'],
  read: ['read', 'reads'],
  forecast: ['forecast', 'forecasting'],
  cry: ['cried', 'cries'],
  reply: ['replied', 'replies'],
  deny: ['denied', 'denies'],
  testify: ['testified'],
  worry: ['worried', 'worries'],
  admit: ['admitted', 'admitting'],
  beg: ['begged', 'begging'],
  sob: ['sobbed', 'sobbing'],
  brag: ['bragged', 'bragging'],
  concur: ['concurred', 'concurring'],
  rebut: ['rebutted', 'rebutting'],
  quip: ['quipped', 'quipping'],
  snap: ['snapped', 'snapping'],
  pen: ['penned', 'penning'],
  emphasize: ['emphasise', 'emphasised', 'emphasising', 'emphasized'],
  criticize: ['criticise', 'criticised', 'criticized'],
  apologize: ['apologise', 'apologised', 'apologized'],
  plead: ['pleaded', 'pled'],
  signal: ['signaled', 'signalled'],
  counsel: ['counseled', 'counselled'],
  tweet: ['tweeted', 'tweeting'],
  marvel: ['marveled', 'marvelled', 'marveling', 'marvelling'],
  chide: ['chided'],
  scold: ['scolded'],
  aver: ['averred', 'averring'],
  murmur: ['murmuring'],
  text: ['texted', 'texting'],
  blog: ['blogged', 'blogging'],
  posit: ['posited', 'positing'],
  drawl: ['drawled'],
  slam: ['slammed', 'slamming'],
  tout: ['touted'],
};

// ---------------------------------------------------------------------------------------------
// Multi-word and passive cues: [words, lemma, class, passive, example]
// ---------------------------------------------------------------------------------------------
export const PHRASES: readonly PhraseRow[] = [
  // passive / reported-speech frames: the subject is the speaker
  ['was quoted as saying', 'say', 'speech', true, 'The minister was quoted as saying "we will not back down".'],
  ['were quoted as saying', 'say', 'speech', true, 'Officials were quoted as saying the talks had stalled.'],
  ['is quoted as saying', 'say', 'speech', true, 'He is quoted as saying "I never met him".'],
  ['are quoted as saying', 'say', 'speech', true, 'Both are quoted as saying they were unaware.'],
  ['was quoted saying', 'say', 'speech', true, 'She was quoted saying the deal was "dead".'],
  ['was cited as saying', 'say', 'report', true, 'An aide was cited as saying the plan was shelved.'],
  ['was reported as saying', 'say', 'report', true, 'Smith was reported as saying "no comment".'],
  ['was heard saying', 'say', 'speech', true, 'The coach was heard saying "that is enough".'],
  ['was heard to say', 'say', 'speech', true, 'He was heard to say "get out".'],
  ['it was announced', 'announce', 'report', true, 'It was announced on Monday that the plant would close.'],
  ['it was reported', 'report', 'report', true, 'It was reported that the talks had failed.'],
  // verb + addressee / setting
  ['told reporters', 'tell', 'speech', false, '"We are ready," Jones told reporters.'],
  ['told journalists', 'tell', 'speech', false, '"It is over," she told journalists.'],
  ['told a news conference', 'tell', 'speech', false, 'The mayor told a news conference "we were lucky".'],
  ['told a press conference', 'tell', 'speech', false, '"No," he told a press conference.'],
  ['told the committee', 'tell', 'speech', false, '"I did not know," she told the committee.'],
  ['said in a statement', 'say', 'report', false, '"We regret the error," the firm said in a statement.'],
  ['said in an interview', 'say', 'speech', false, '"It was hard," he said in an interview.'],
  ['said in a speech', 'say', 'speech', false, '"We will win," she said in a speech.'],
  ['said on twitter', 'say', 'writing', false, '"Great win," the senator said on Twitter.'],
  ['said on condition of anonymity', 'say', 'speech', false, 'An official said on condition of anonymity that ...'],
  [
    'speaking on condition of anonymity',
    'say',
    'speech',
    false,
    'An aide, speaking on condition of anonymity, said ...',
  ],
  ['speaking to reporters', 'speak', 'speech', false, 'Speaking to reporters, she said "no".'],
  ['wrote in a', 'write', 'writing', false, '"This is wrong," he wrote in a blog post.'],
  ['wrote on twitter', 'write', 'writing', false, '"Shameful," she wrote on Twitter.'],
  ['wrote on facebook', 'write', 'writing', false, '"Thank you all," he wrote on Facebook.'],
  ['said in a post', 'say', 'writing', false, '"We are closing," the shop said in a post.'],
  // prepositional source markers
  ['according to', 'say', 'report', false, 'The plan was dropped, according to two officials.'],
  ['in an interview with', 'say', 'speech', false, 'In an interview with the BBC, she said ...'],
  ['in a statement', 'say', 'report', false, 'In a statement, the company denied wrongdoing.'],
  ['in a statement to', 'say', 'report', false, 'In a statement to Reuters, the firm said ...'],
  ['in a tweet', 'tweet', 'writing', false, 'In a tweet, the president called it "a disgrace".'],
  ['in a letter to', 'write', 'writing', false, 'In a letter to staff, the chief executive wrote ...'],
  // phrasal verbs and idioms
  ['went on to say', 'say', 'speech', false, 'He went on to say "we owe them".'],
  ['goes on to say', 'say', 'speech', false, 'The report goes on to say that ...'],
  ['pointed out', 'point', 'report', false, '"It is cheaper," she pointed out.'],
  ['points out', 'point', 'report', false, 'As Smith points out, "nobody asked".'],
  ['point out', 'point', 'report', false, 'Critics point out that the scheme is costly.'],
  ['added that', 'add', 'speech', false, 'She added that the review would continue.'],
  ['chimed in', 'chime', 'speech', false, '"Me too," Lee chimed in.'],
  ['piped up', 'pipe', 'speech', false, '"Not me," a voice piped up.'],
  ['spelled out', 'spell', 'report', false, 'The minister spelled out the terms.'],
  ['spelt out', 'spell', 'report', false, 'She spelt out what was at stake.'],
  ['made clear', 'make', 'report', false, 'He made clear that he would not resign.'],
  ['made it clear', 'make', 'report', false, 'She made it clear "this is final".'],
  ['makes clear', 'make', 'report', false, 'The letter makes clear that ...'],
  ['weighed in', 'weigh', 'speech', false, '"It is absurd," Patel weighed in.'],
  ['hit back', 'hit', 'speech', false, '"That is a lie," he hit back.'],
  // demands and complaints whose object is what was asked for or complained of (PolNeAR counts them)
  ['called for', 'call', 'speech', false, 'The senator called for a full inquiry.'],
  ['calls for', 'call', 'speech', false, 'The report calls for new limits on spending.'],
  ['calling for', 'call', 'speech', false, 'Protesters marched, calling for his resignation.'],
  ['called on', 'call', 'speech', false, 'She called on Congress to act.'],
  ['calls on', 'call', 'speech', false, 'The letter calls on the board to resign.'],
  ['calling on', 'call', 'speech', false, 'He wrote to the mayor, calling on her to reopen the bridge.'],
  ['complained about', 'complain', 'speech', false, 'He complained about his microphone.'],
  ['complained of', 'complain', 'speech', false, 'Residents complained of noise.'],
  ['warned of', 'warn', 'speech', false, 'The agency warned of delays.'],
  ['warned about', 'warn', 'speech', false, 'Experts warned about the risks.'],
  ['talked about', 'talk', 'speech', false, 'She talked about her time in office.'],
  ['spoke about', 'speak', 'speech', false, 'He spoke about the war.'],
  ['speaks about', 'speak', 'speech', false, 'She speaks about her childhood.'],
  ['spoke of', 'speak', 'speech', false, 'He spoke of the legacy of the war.'],
  ['speaks of', 'speak', 'speech', false, 'The mayor speaks of a new era.'],
  ['talks about', 'talk', 'speech', false, 'He talks about the harbour.'],
  ['talked of', 'talk', 'speech', false, 'She talked of leaving.'],
  ['warns of', 'warn', 'speech', false, 'The report warns of delays.'],
  ['complains about', 'complain', 'speech', false, 'He complains about the noise.'],
  ['fired back', 'fire', 'speech', false, '"Look at your record," she fired back.'],
  ['shot back', 'shoot', 'speech', false, '"Says who?" he shot back.'],
  ['spoke out', 'speak', 'speech', false, 'She spoke out against the ban, saying ...'],
  ['summed up', 'sum', 'speech', false, '"It was a mess," he summed up.'],
  ['let slip', 'let', 'speech', false, 'He let slip that the date had moved.'],
  ['as he put it', 'put', 'speech', false, 'It was, as he put it, "a circus".'],
  ['as she put it', 'put', 'speech', false, 'It was, as she put it, "long overdue".'],
];
