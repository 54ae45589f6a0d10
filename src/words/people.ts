/**
 * Words about people, groups, organisations and places, for finding mentions and speakers. Each list says what it is
 * for; compromise's lexicon supplies the general word classes (see adapters/lexicon.ts), these supply what news needs
 * beyond it.
 */
import { union, words } from './list.js';

/** Titles that stand before a person's name: `President Vladimir Putin`, `Sen. Warren`, `Mr Blair`. Value: role key. */
export const PERSON_TITLES: ReadonlyMap<string, string> = new Map([
  ['president', 'president'],
  // `Vice President Bush`: the vice-presidency, not the presidency (names.ts drops the `president` after it)
  ['vice', 'vice president'],
  ['premier', 'prime minister'],
  ['prime', 'prime minister'],
  ['minister', 'minister'],
  ['chancellor', 'chancellor'],
  ['king', 'king'],
  ['queen', 'queen'],
  ['prince', 'prince'],
  ['princess', 'princess'],
  ['pope', 'pope'],
  ['emperor', 'emperor'],
  ['sheikh', 'sheikh'],
  ['ayatollah', 'ayatollah'],
  ['senator', 'senator'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['representative', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  // British and European members: `Labour MP Louise Ellman`, `MEP Carl Lund`
  ['mp', 'member of parliament'],
  ['mep', 'member of parliament'],
  ['msp', 'member of parliament'],
  ['gov', 'governor'],
  ['governor', 'governor'],
  ['mayor', 'mayor'],
  ['secretary', 'secretary'],
  ['ambassador', 'ambassador'],
  ['amb', 'ambassador'],
  ['general', 'general'],
  ['gen', 'general'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['colonel', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['captain', 'captain'],
  ['sgt', 'sergeant'],
  ['sergeant', 'sergeant'],
  ['adm', 'admiral'],
  ['admiral', 'admiral'],
  ['commander', 'commander'],
  ['commissioner', 'commissioner'],
  ['treasurer', 'treasurer'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chair', 'chair'],
  ['director', 'director'],
  ['judge', 'judge'],
  ['justice', 'judge'],
  ['speaker', 'speaker'],
  ['leader', 'leader'],
  ['chief', 'chief'],
  ['ceo', 'chief executive'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['attorney', 'attorney'],
  ['detective', 'detective'],
  ['det', 'detective'],
  ['officer', 'officer'],
  ['inspector', 'inspector'],
  ['professor', 'professor'],
  ['prof', 'professor'],
  ['dr', 'doctor'],
  ['doctor', 'doctor'],
  ['rev', 'reverend'],
  ['reverend', 'reverend'],
  ['father', 'priest'],
  ['bishop', 'bishop'],
  ['archbishop', 'bishop'],
  ['rabbi', 'rabbi'],
  ['imam', 'imam'],
  ['coach', 'coach'],
  ['economist', 'economist'],
  ['strategist', 'strategist'],
  ['mr', ''],
  ['mrs', ''],
  ['ms', ''],
  ['miss', ''],
  ['mx', ''],
  ['sir', ''],
  ['dame', ''],
  ['lord', ''],
  ['lady', ''],
  ['madam', ''],
  ['hon', ''],
  ['majority', ''],
  ['minority', ''],
  ['deputy', ''],
  ['foreign', ''],
  ['defence', ''],
  ['defense', ''],
  ['interior', ''],
  ['finance', ''],
  ['health', ''],
  ['state', ''],
  ['former', ''],
  ['acting', ''],
  ['senior', ''],
  ['first', ''],
  ['lady', ''],
  ['candidate', 'candidate'],
  ['nominee', 'candidate'],
]);

/** Honorifics that tell a person's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['father', 'male'],
  ['congressman', 'male'],
  ['chairman', 'male'],
  ['spokesman', 'male'],
  ['businessman', 'male'],
  ['emperor', 'male'],
  ['sheikh', 'male'],
  ['pope', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['madam', 'female'],
  ['congresswoman', 'female'],
  ['chairwoman', 'female'],
  ['spokeswoman', 'female'],
  ['businesswoman', 'female'],
]);

/**
 * Role nouns that head a description of a person (`the Russian leader`, `the minister`, `a spokesman`).
 * Value: role keys it can refer back to. `leader` fits presidents and prime ministers too.
 */
export const ROLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [
    'leader',
    ['leader', 'president', 'prime minister', 'chancellor', 'king', 'queen', 'premier', 'chair', 'emperor', 'chief'],
  ],
  ['president', ['president']],
  ['minister', ['minister', 'prime minister']],
  ['premier', ['prime minister']],
  ['chancellor', ['chancellor']],
  ['king', ['king']],
  ['queen', ['queen']],
  ['senator', ['senator']],
  ['congressman', ['representative']],
  ['congresswoman', ['representative']],
  ['lawmaker', ['senator', 'representative']],
  ['governor', ['governor']],
  ['mayor', ['mayor']],
  ['secretary', ['secretary']],
  ['ambassador', ['ambassador']],
  ['general', ['general']],
  ['commander', ['commander', 'general']],
  ['chairman', ['chair']],
  ['chairwoman', ['chair']],
  ['director', ['director']],
  ['judge', ['judge']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['spokesperson', ['spokesperson']],
  ['candidate', ['candidate', 'president']],
  ['nominee', ['candidate']],
  ['economist', ['economist']],
  ['strategist', ['strategist']],
  ['professor', ['professor']],
  ['doctor', ['doctor']],
  ['businessman', ['businessman', 'chief executive']],
  ['businesswoman', ['businessman', 'chief executive']],
  ['executive', ['chief executive']],
  ['official', []],
  ['officer', ['officer']],
  ['diplomat', ['ambassador']],
  ['politician', []],
  ['activist', []],
  ['lawyer', ['attorney']],
  ['attorney', ['attorney']],
  ['prosecutor', ['attorney']],
  ['analyst', []],
  ['expert', []],
  ['researcher', []],
  ['scientist', []],
  ['author', []],
  ['writer', []],
  ['coach', ['coach']],
  ['player', []],
  ['witness', []],
  ['resident', []],
  ['source', []],
  ['aide', []],
  ['adviser', []],
  ['advisor', []],
  ['head', ['chief', 'director', 'chair']],
  ['chief', ['chief', 'chief executive']],
  ['founder', []],
  ['billionaire', []],
  ['star', []],
  ['actor', []],
  ['actress', []],
  ['singer', []],
  ['man', []],
  ['woman', []],
  ['boy', []],
  ['girl', []],
  ['mother', []],
  ['father', []],
  ['student', []],
  ['teacher', []],
  ['nurse', []],
  ['officials', []],
  ['sources', []],
  ['narrator', []],
  ['host', []],
  ['anchor', []],
  ['reporter', []],
  ['correspondent', []],
  ['editor', []],
  ['representative', ['representative']],
  ['envoy', ['ambassador']],
  ['dictator', ['leader']],
  ['strongman', ['leader']],
  ['monarch', ['king', 'queen']],
  ['pontiff', ['pope']],
  ['mogul', []],
  ['tycoon', []],
  ['ceo', ['chief executive']],
  ['manager', []],
  ['owner', []],
  ['worker', []],
  ['employee', []],
  ['victim', []],
  ['suspect', []],
  ['survivor', []],
  ['veteran', []],
  ['voter', []],
  ['supporter', []],
  ['critic', []],
  ['opponent', []],
  ['rival', []],
  ['challenger', []],
  ['incumbent', []],
  ['president-elect', ['president']],
]);

/** Institutions, as a common noun or a word of a name: `the ministry said`, `Ministry of Defence`, `the Kremlin`. */
export const INSTITUTIONS = words(`
  police company ministry government administration agency department office campaign committee council
  commission court party group organization organisation union army embassy kremlin bank board team club
  federation association institute university hospital school network media post magazine journal service
`);

/** Plural nouns for people who speak as a group or a profession: `officials said`, `critics say`, `police said`. */
export const GROUP_PLURALS = words(`
  police authorities officials prosecutors investigators sources spokespeople researchers scientists experts
  analysts economists critics witnesses residents lawmakers democrats republicans aides advisers observers
  activists protesters organizers organisers doctors teachers workers leaders diplomats officers troops rebels
  militants
`);

/**
 * Nouns that head an organisation or group speaker: `police said`, `the company said`, `the ministry said`, and the
 * documents and outlets that speak for one: `the statement said`, `the memo says`.
 */
export const ORG_NOUNS = union(
  INSTITUTIONS,
  GROUP_PLURALS,
  words(`
  firm military newspaper report statement letter study survey poll paper outlet website ad spot piece article
  document memo filing lawsuit indictment complaint release tweet story account broadcaster station spokesman
  spokeswoman spokesperson
`),
);

/** Words that mark a capitalised name as an organisation: `RIA Novosti news agency`, `Ministry of Defence`. */
export const ORG_NAME_WORDS = union(
  INSTITUTIONS,
  words(`
  corporation corp inc ltd llc plc co times news press foundation congress senate parliament assembly navy forces
  guard bureau authority center centre fund league television tv radio tribune herald telegraph guardian gazette
  daily weekly pentagon cabinet coalition alliance movement society college airlines airways motors holdings
  partners capital reuters bloomberg cnn bbc nbc cbs abc fox msnbc afp ap politico axios
`),
);

export interface PronounInfo {
  readonly gender: 'male' | 'female' | 'neuter' | null;
  readonly plural: boolean;
  readonly person: 1 | 2 | 3;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'male', plural: false, person: 3 }],
  ['him', { gender: 'male', plural: false, person: 3 }],
  ['his', { gender: 'male', plural: false, person: 3 }],
  ['she', { gender: 'female', plural: false, person: 3 }],
  ['her', { gender: 'female', plural: false, person: 3 }],
  ['they', { gender: null, plural: true, person: 3 }],
  ['them', { gender: null, plural: true, person: 3 }],
  ['it', { gender: 'neuter', plural: false, person: 3 }],
  ['i', { gender: null, plural: false, person: 1 }],
  ['we', { gender: null, plural: true, person: 1 }],
  ['you', { gender: null, plural: false, person: 2 }],
]);

/** Demonyms whose country is not a prefix match (`French` → France); the rest match by stem (`Russian` ~ `Russia`). */
export const DEMONYM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['french', 'france'],
  ['dutch', 'netherlands'],
  ['swiss', 'switzerland'],
  ['greek', 'greece'],
  ['welsh', 'wales'],
  ['irish', 'ireland'],
  ['scottish', 'scotland'],
  ['scots', 'scotland'],
  ['english', 'england'],
  ['danish', 'denmark'],
  ['swedish', 'sweden'],
  ['finnish', 'finland'],
  ['polish', 'poland'],
  ['turkish', 'turkey'],
  ['spanish', 'spain'],
  ['british', 'britain'],
  ['us', 'america'],
  ['u.s.', 'america'],
  ['american', 'america'],
  ['filipino', 'philippines'],
  ['thai', 'thailand'],
  ['saudi', 'saudi arabia'],
  ['israeli', 'israel'],
  ['iraqi', 'iraq'],
  ['pakistani', 'pakistan'],
  ['afghan', 'afghanistan'],
  ['kuwaiti', 'kuwait'],
  ['yemeni', 'yemen'],
  ['qatari', 'qatar'],
  ['omani', 'oman'],
  ['bangladeshi', 'bangladesh'],
  ['nepali', 'nepal'],
  ['emirati', 'united arab emirates'],
  ['uk', 'britain'],
]);

/** Direction words that join a demonym or country: `North Korean`, `South Africa`. */
export const COMPASS = words('north south east west northern southern eastern western central');

/** Plural nouns for people that speak as a group: `officials said`, `critics say`, `voters say`. */
export const PEOPLE_PLURALS = union(
  GROUP_PLURALS,
  words(`
  people voters supporters opponents students parents families neighbors neighbours
`),
);

/** Words that make a capitalised name a place: `Democratic Republic of the Congo`, `Gulf of Mexico`, `Lake Erie`. */
export const PLACE_NAME_WORDS = words(`
  republic kingdom emirates islands island isles commonwealth province county district gulf bay sea ocean lake
  river mount mountains cape strait peninsula valley desert coast city town village region territory territories
  state states st mt
`);

/**
 * Heads of bodies whose name goes on with `of` (`House of Representatives`, `Chamber of Commerce`): the run of
 * capitals is one name across the `of`, as after the organisation words.
 */
export const OF_NAME_HEADS = words('house chamber');

/**
 * Roles a person takes on before an office (`Republican nominee Ken Cuccinelli`): offices that the knowledge base
 * lists (`attorney general of virginia`) do not contradict them.
 */
export const CAMPAIGN_ROLES = words('candidate');

/** Particles inside a person's name, written in lower case: `Ludwig van Beethoven`, `Osama bin Laden`. */
export const NAME_PARTICLES = words('de van von bin al da der la le du di del ibn el dos das ter');

/**
 * Heads of a body named after its leaders: `the Biden-Harris Administration`, `the Ruiz Administration`. The names
 * before them are people.
 */
export const LEADERS_BODY_HEADS = words('administration');

/**
 * Title words that are titles only when capitalised: `First Lady Ana Ruiz`, but an ordinal in `the first US mission`.
 */
export const CAPITALISED_TITLES = words('first');

/** Words that qualify a role before it: `former President Obama`, `the outgoing chief`, `then-Senator`. */
export const ROLE_MODIFIERS = words('former chief top senior deputy acting then late veteran outgoing incoming new');

/** Words that open a name mention before its title: `former President Obama`, `longtime aide Jo Li`. */
export const PREMODIFIERS = union(ROLE_MODIFIERS, words('longtime fellow'));

/** What may qualify the role noun of a definite description: the role modifiers and `the embattled minister`. */
export const DESCRIPTION_MODIFIERS = union(ROLE_MODIFIERS, words('embattled'));

/** Participles that qualify a role like adjectives: `retired general`, `acting director`, `elected officials`. */
export const ROLE_PARTICIPLES = words(
  'retired acting elected appointed outgoing incoming embattled disgraced jailed exiled ousted indicted',
);

/** Third-person singular pronouns, which refer to one person. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/**
 * Letters after a name that are honours, degrees or offices, not part of the name: `Tom Hale QC` is Tom Hale,
 * `Ann Tate MP` is Ann Tate.
 */
export const POST_NOMINALS = words('qc kc mp mep msp obe cbe mbe kbe dbe phd frs');

/** Prefixes joined to a surname by an apostrophe, written with a stray space in some copy: `Rory O' Neill`. */
export const APOSTROPHE_PREFIXES = words("o d o' d'");

/**
 * Holidays and seasons of the calendar: capitalised, but never a person's name, so they never take `he` or `she`
 * (`Over Easter the zoo was full. "…," he said.`).
 */
export const HOLIDAYS = words(`
  easter christmas xmas hanukkah chanukah ramadan eid diwali passover thanksgiving halloween lent advent
  pentecost whitsun hogmanay michaelmas
`);

/**
 * The words of a speaker's office that say the speaker speaks for someone else (`a spokesman for the firm`,
 * `the minister's spokeswoman`): what such a speaker says is the words of the one it speaks for.
 */
export const SPOKESPERSON_NOUNS = words('spokesman spokeswoman spokesperson');

/** Determiners that say whose (`His party leader`): a pronoun that opens a noun phrase, not its subject. */
export const POSSESSIVE_DETERMINERS = words('his her its their');

/** Short words an acronym leaves out: `Federal Bureau of Investigation` is FBI, `Bank for the Poor` BP. */
export const ACRONYM_SKIPPED_WORDS = words('of the and for & on in at to');

/** Words of origin that are not one country's demonym but join one in a compound: `African-American`, `Anglo-Irish`. */
export const ORIGIN_WORDS = words('african asian european latin arab hispanic anglo native');
