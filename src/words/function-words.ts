/**
 * Function words the rules test by name: articles and determiners, pronouns, forms of `be` and the other
 * auxiliaries, wh-words, and the prepositions and conjunctions that join or break phrases. compromise's lexicon gives
 * the word classes; these lists pick out the few words a rule needs, where a class would take in too many.
 */
import { union, words } from './list.js';
import { CLAUSE_PUNCTUATION } from './punctuation.js';

/** `a`, `an`, `the`: after `called it`, an article opens what it was called (`called it a hoax`). */
export const ARTICLES = words('a an the');

// ---- pronouns

/** `he`, `she`, `it`: after a singular subject a base form is no present tense (`he say`, `it say`). */
export const SINGULAR_SUBJECTS = words('he she it');

/** `they say`, `we say`, `I say`, `you say`: subjects that take the base form as a present tense. */
export const BASE_FORM_SUBJECTS = words('they we i you');

/** Subject pronouns that can be a speaker: `he said`, `they say`, `…, who said`. */
export const SUBJECT_PRONOUNS = union(SINGULAR_SUBJECTS, BASE_FORM_SUBJECTS, words('who'));

/** `…, but he has also …`: a pronoun for a person or group that opens a second predicate of the speaker. */
export const PERSON_SUBJECTS = words('he she they');

/** `it`, `this`, `that`: pronouns that name no one who could take a stance (`it will support …`). */
export const THING_PRONOUNS = words('it this that');

/** `called [it] unfair`, `called [them] “deplorables”`: a pronoun object, before what it was called. */
export const SMALL_CLAUSE_PRONOUNS = union(THING_PRONOUNS, words('him her them'));

/** `told [him] that …`, `assured [us] …`: a pronoun hearer after a verb of telling. */
export const HEARER_PRONOUNS = words('him her them us me you');

// ---- determiners and quantifiers

/** `some`, `many`, `two`, `these`: words that pick out a number of things. */
export const COUNT_WORDS = words('two three some several many other both most few these those all');

/** Words that open a noun phrase: `the minister`, `his aides`, `several officials`, `another source`. */
export const DETERMINERS = union(ARTICLES, COUNT_WORDS, words('his her their its our my your one another this'));

/** `many Democrats say`, `dozens of officials say`: a phrase opened by one of these is plural. */
export const QUANTIFIERS = union(COUNT_WORDS, words('four five dozens hundreds thousands'));

// ---- verbs: be, modals, do

/** The forms of `be` that every list of auxiliaries below shares. */
export const BE = words('is are was were be been');

/** `is expected`, `was reported`, `wasn't told`: a form of `be` before a participle makes it a passive. */
export const PASSIVE_BE = union(BE, words("being isn't wasn't"));

/** `is claiming`, `were demanding`, `'s insisting`: a progressive, whose subject is the source. */
export const PROGRESSIVE_BE = union(BE, words("'s 're"));

/** Modal verbs: `will`, `would`, `can` … */
export const MODALS = words('will would could might may must should can');

/** The forms of `do` that carry a base form: `did say`, `does say`. */
export const DO_FORMS = words('did does do');

/** Auxiliary verbs: `… and was therefore …` continues a clause; `… and encouraged …` opens a new predicate. */
export const AUXILIARIES = union(BE, words('being has have had'), MODALS, DO_FORMS);

/**
 * Auxiliaries that may stand between a speaker and the cue of a tag after a quotation: `"…," Mr Johnson has said`,
 * `had told the BBC`, `would later say`. Forms of `be` are left out: `the mayor was told` names the hearer.
 */
export const TAG_AUXILIARIES = union(words('has have had'), MODALS, DO_FORMS);

/** Words a Title Case title leaves in lower case (`Make Your Kid a Millionaire`); any other is a sign of speech. */
export const TITLE_MINOR_WORDS = words('a an the of and or nor but in on at to for by with from as vs');

/** `will say`, `would argue`, `didn't say`: after one of these a base form is a verb, and can be a cue. */
export const BASE_FORM_AUXILIARIES = union(MODALS, DO_FORMS, words("didn't don't"));

// ---- clauses

/** `asked whether …`, `shows how …`: a wh-word opens the clause a cue reports. */
export const WH_WORDS = words('whether what how why who which when where if');

/** `…, said Mr. Kamin, who emphasized …`: a relative pronoun after a tag's comma hangs a clause on the speaker. */
export const RELATIVES = words('who whose which');

/** `a report that claimed …`, `the union, which said …`: relative pronouns that stand as the subject of a cue. */
export const SUBJECT_RELATIVES = words('that which');

/** `a bill which ministers claim will cut crime`: relative pronouns whose clause may hold a source and a cue. */
export const GAP_RELATIVES = words('which who that');

/** `…, said Mr Hale, but he said …`: a contrast after a comma opens a clause (`, and` may go on with the content). */
export const CLAUSE_JOINERS = words('but yet');

/** `…, who is 70`, `…, though she acknowledged …`: words that hang a clause on the content, not part of it. */
export const TRAILERS = words('who where when though although whereas while even');

/**
 * Subordinators that may open what was said before its main clause: `said although the side had lost, "…"`. The
 * reported clause then starts with them, as it does after `said that although …`.
 */
export const LEADING_SUBORDINATORS = words('although though while if when because since unless once after before');

/** Prepositions after a passive participle: `were low and designed to cover costs`, `and backed by the board`. */
export const PARTICIPLE_LINKS = words('to by for as in with');

/** Words and marks that end a clause between a subject and an object pronoun: `Smith said that he …`, `Smith, who`. */
export const CLAUSE_BREAKS = union(
  CLAUSE_PUNCTUATION,
  words('and but or who whom which that after before when while because as if since until'),
);

// ---- prepositions

/** `spokesman for the ministry`, `officials at the embassy`: prepositions that join a role to what it serves. */
export const ROLE_LINKS = words('of for at from with');

/** `a narrator in the Clinton ad asks`, `officials at the embassy said`: a short place or body phrase, then a cue. */
export const PLACE_PREPOSITIONS = union(ROLE_LINKS, words('in on'));

/** `in Alexandria`, `at Wembley`, `near Mosul`: an unknown name after one of these is a place. */
export const LOCATIVE_PREPOSITIONS = words('in at near');

// ---- function words in capitals and at a sentence start

/** The commonest function words, shared by the two lists below: `the`, `and`, `in`, `he`. */
export const COMMON_FUNCTION_WORDS = union(ARTICLES, SINGULAR_SUBJECTS, words('we his her and but if in on'));

/** Function words that, in capitals, are words and not names: `BY`, `THE`, `WHO` (but `US`, `UK` are names). */
export const CAPS_FUNCTION_WORDS = union(
  COMMON_FUNCTION_WORDS,
  words('by of to at for as or is who how why not now all new'),
);

/** `U.S.` before `He`, `The`, `But`: the abbreviation's dot also ends the sentence. */
export const SENTENCE_OPENERS = union(
  COMMON_FUNCTION_WORDS,
  words('they i you this that their there its some many after when'),
);

/**
 * Words after which a repeated name does not start a lede: `claims against Marion Jones` is one sentence, while
 * `Roddick splits from coach Gilbert Andy Roddick has…` is a headline run into its first sentence.
 */
export const HEADLINE_BREAK_BLOCKERS = union(
  TITLE_MINOR_WORDS,
  DETERMINERS,
  words('into about over after before between against among during than like and'),
);

/**
 * Words headlines leave out: a first sentence that holds one before a repeated name (`Tom Hale said that his wife
 * Ann Hale…`) is no headline run into its lede.
 */
export const NOT_IN_HEADLINES = union(ARTICLES, words('that'));
/** Words of a speaker talking about themselves: a quotation with one speaks as someone (`"We lost," …`). */
export const FIRST_PERSON = words("i we me us my our mine ours i'm we're i've we've i'll we'll");

/** `he`, `she`: a subject that is one person. */
export const SINGULAR_PERSONS = words('he she');

/** Conjunctions that may open a sentence before its subject: `But Vale was calm.` */
export const CONJUNCTIONS = words('but and yet so');

/** Determiners that can stand for a person on their own: `"…," one said.`, `said another.` */
export const LONE_DETERMINERS = words('one another');
