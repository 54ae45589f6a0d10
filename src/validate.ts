import type { CueClass, EntityType, ExtractOptions, QuoteKind } from './types.js';
import { CUE_CLASSES, DEFAULT_CUE_CLASSES } from './words/cue-classes.js';

const KINDS: ReadonlySet<QuoteKind> = new Set(['direct', 'mixed', 'indirect']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}

function isEntry(e: unknown): boolean {
  const x = e as Record<string, unknown> | null;
  return (
    x !== null &&
    typeof x === 'object' &&
    typeof x['id'] === 'string' &&
    typeof x['label'] === 'string' &&
    typeof x['type'] === 'string'
  );
}

/** `2009-03-01`, `2009-03`, `2009`, `2009-03-01T12:00:00Z`. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * The year of `options.date`, or null when it is not a valid date: a Date that is not Invalid Date, or an ISO 8601
 * string whose month and day exist (`2009-02-30` is refused).
 */
export function articleYear(date: unknown): number | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date.getUTCFullYear();
  if (typeof date !== 'string' || date.length > 40) return null;
  const m = ISO_DATE.exec(date.trim());
  if (!m) return null;
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const ok = check.getUTCMonth() === Number(mo) - 1 && check.getUTCDate() === Number(d);
  return ok ? Number(y) : null;
}

export function checkText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`saidby: ${fn}(text) expects text to be a string, got ${describe(text)}`);
  }
}

/**
 * `options.maxLength`: a text over it is refused before any work is done. `what` names the input in the message:
 * `text`, or `html` when a page is refused before it is parsed.
 */
export function checkLength(text: string, options: { readonly maxLength?: number }, what = 'text'): void {
  const max = options.maxLength;
  if (max !== undefined && text.length > max) {
    throw new RangeError(`saidby: ${what} is ${text.length} characters long, over options.maxLength (${max})`);
  }
}

/** Every option extractQuotes knows; anything else is a typo worth an error (`minconfidence`). */
const OPTION_NAMES = [
  'minConfidence',
  'kinds',
  'cueClasses',
  'unattributed',
  'knowledgeBase',
  'extraEntities',
  'maxLength',
  'date',
  'extraCues',
  'sentences',
  'entities',
] as const;

/** The options of htmlToText; extractQuotesFromHtml takes these and those of extractQuotes. */
const HTML_TEXT_OPTION_NAMES = ['maxDepth', 'maxLength'] as const;
// Not `sentences` or `entities`: their offsets would be into a text the caller has not seen yet.
export const HTML_OPTION_NAMES: readonly string[] = [
  ...OPTION_NAMES.filter((n) => n !== 'sentences' && n !== 'entities'),
  'maxDepth',
];

/**
 * Every cue class, as a record so that the compiler asks for a new class here when `CueClass` gains one (the classes
 * user cues may take).
 */

/** The most words a cue form may have: cues ending at a token are looked for up to five tokens back. */
export const MAX_CUE_WORDS = 6;

/** A string with something in it, at most 100 characters (a cue, not a paragraph). */
const isShortString = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '' && x.length <= 100;

/**
 * `options.extraCues`: an array of `{ form, lemma, class }`, each field checked, the error naming the entry and the
 * field (`options.extraCues[2].class must be one of …, got string shouted`).
 */
function checkExtraCues(cues: unknown): void {
  if (cues === undefined) return;
  if (!Array.isArray(cues)) {
    throw new TypeError(`saidby: options.extraCues must be an array of { form, lemma, class }, got ${describe(cues)}`);
  }
  cues.forEach((c: unknown, i) => {
    const at = `options.extraCues[${i}]`;
    if (c === null || typeof c !== 'object' || Array.isArray(c)) {
      throw new TypeError(`saidby: ${at} must be an object { form, lemma, class }, got ${describe(c)}`);
    }
    const e = c as Record<string, unknown>;
    for (const field of ['form', 'lemma'] as const) {
      if (!isShortString(e[field])) {
        throw new TypeError(
          `saidby: ${at}.${field} must be a non-empty string of at most 100 characters, got ${describe(e[field])}`,
        );
      }
    }
    if (typeof e['class'] !== 'string' || !CUE_CLASSES.includes(e['class'] as CueClass)) {
      const classes = CUE_CLASSES.join(', ');
      throw new TypeError(`saidby: ${at}.class must be one of ${classes}, got ${describe(e['class'])}`);
    }
    const unknown = Object.keys(e).find((k) => k !== 'form' && k !== 'lemma' && k !== 'class');
    if (unknown !== undefined) {
      throw new TypeError(
        `saidby: ${at} has an unknown field '${unknown.slice(0, 40)}'; the fields are form, lemma, class`,
      );
    }
  });
}

/** Throws unless `options` is a plain object whose keys are all in `names`; returns it as a record. */
function checkNames(options: unknown, names: readonly string[]): Record<string, unknown> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`saidby: options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!names.includes(key))
      throw new TypeError(`saidby: unknown option '${key.slice(0, 40)}'; the options are ${names.join(', ')}`);
  }
  return o;
}

/** A whole number from `least` up, or Infinity: `maxLength` (0 up), `maxDepth` (1 up). */
function checkCount(o: Record<string, unknown>, name: string, least: number, unit: string): void {
  const x = o[name];
  if (x !== undefined && (typeof x !== 'number' || !(x >= least) || !(Number.isInteger(x) || x === Infinity))) {
    throw new TypeError(
      `saidby: options.${name} must be a whole number of ${unit} (${least} or more, or Infinity), got ${describe(x)}`,
    );
  }
}

/** The options of htmlToText: `maxDepth` and `maxLength`. */
export function checkHtmlTextOptions(options: unknown): asserts options is { maxDepth?: number; maxLength?: number } {
  const o = checkNames(options, HTML_TEXT_OPTION_NAMES);
  checkCount(o, 'maxLength', 0, 'characters');
  checkCount(o, 'maxDepth', 1, 'elements');
}

/**
 * The options of extractQuotes, or with `names = HTML_OPTION_NAMES` those of extractQuotesFromHtml, which adds
 * `maxDepth`.
 */
export function checkOptions(
  options: unknown,
  names: readonly string[] = OPTION_NAMES,
): asserts options is ExtractOptions {
  const o = checkNames(options, names);
  checkCount(o, 'maxLength', 0, 'characters');
  checkCount(o, 'maxDepth', 1, 'elements');
  const min = o['minConfidence'];
  if (min !== undefined && (typeof min !== 'number' || !(min >= 0 && min <= 1))) {
    throw new TypeError(`saidby: options.minConfidence must be a number from 0 to 1, got ${describe(min)}`);
  }
  const unattributed = o['unattributed'];
  if (unattributed !== undefined && typeof unattributed !== 'boolean') {
    throw new TypeError(`saidby: options.unattributed must be a boolean, got ${describe(unattributed)}`);
  }
  const kb = o['knowledgeBase'] as { lookup?: unknown } | false | undefined;
  if (kb !== undefined && kb !== false && (kb === null || typeof kb !== 'object' || typeof kb.lookup !== 'function')) {
    const expected = 'false or an object with a lookup(name, type) function';
    throw new TypeError(`saidby: options.knowledgeBase must be ${expected}, got ${describe(kb)}`);
  }
  const extra = o['extraEntities'];
  if (extra !== undefined && (!Array.isArray(extra) || !extra.every(isEntry))) {
    throw new TypeError('saidby: options.extraEntities must be an array of { id, label, type } entries (strings)');
  }
  if (o['date'] !== undefined && articleYear(o['date']) === null) {
    throw new TypeError(
      `saidby: options.date must be an ISO 8601 date string ('2009-03-01') or a valid Date, got ${describe(o['date'])}`,
    );
  }
  checkExtraCues(o['extraCues']);
  const kinds = o['kinds'];
  if (kinds !== undefined && (!Array.isArray(kinds) || !kinds.every((k) => KINDS.has(k as QuoteKind)))) {
    throw new TypeError(
      `saidby: options.kinds must be an array of 'direct', 'mixed', 'indirect', got ${describe(kinds)}`,
    );
  }
  checkCueClasses(o['cueClasses']);
}

/** `options.cueClasses`: 'all', or an array of known classes (`['speech', 'thought']`); empty keeps direct quotes. */
function checkCueClasses(classes: unknown): void {
  if (classes === undefined || classes === 'all') return;
  const bad = Array.isArray(classes) ? classes.find((c) => !CUE_CLASSES.includes(c as CueClass)) : classes;
  if (!Array.isArray(classes) || bad !== undefined) {
    const what = Array.isArray(classes) ? `an array holding ${describe(bad)}` : describe(classes);
    throw new TypeError(
      `saidby: options.cueClasses must be 'all' or an array of ${CUE_CLASSES.map((c) => `'${c}'`).join(', ')}, ` +
        `got ${what}`,
    );
  }
}

/** The cue classes whose reported speech an extraction returns (options already checked). */
export function cueClassesOf(options: { readonly cueClasses?: readonly CueClass[] | 'all' }): ReadonlySet<CueClass> {
  const c = options.cueClasses;
  return new Set(c === 'all' ? CUE_CLASSES : (c ?? DEFAULT_CUE_CLASSES));
}

const ENTITY_TYPES: Readonly<Record<EntityType, true>> = {
  person: true,
  organization: true,
  place: true,
  group: true,
  other: true,
};

/** One span of `options.sentences` or `options.entities`: whole numbers, in `text`, after the one before. */
function checkSpan(s: unknown, at: string, textLength: number, previousEnd: number): number {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    throw new TypeError(`saidby: ${at} must be an object { start, end }, got ${describe(s)}`);
  }
  const { start, end } = s as Record<string, unknown>;
  for (const [field, x] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (typeof x !== 'number' || !Number.isInteger(x)) {
      throw new TypeError(`saidby: ${at}.${field} must be a whole number, got ${describe(x)}`);
    }
  }
  const [a, b] = [start as number, end as number];
  if (a < 0 || b > textLength || a >= b) {
    throw new RangeError(`saidby: ${at} (${a}-${b}) must have 0 <= start < end <= text.length (${textLength})`);
  }
  if (a < previousEnd) {
    throw new RangeError(
      `saidby: ${at} (${a}-${b}) overlaps or comes before the span ahead of it, which ends at ${previousEnd}; ` +
        'spans must be sorted and disjoint',
    );
  }
  return b;
}

/**
 * `options.sentences` and `options.entities`, against the text they point into: arrays of sorted, disjoint spans in
 * range (a RangeError names the span), entities with a type saidby knows (a TypeError otherwise).
 */
export function checkCallerSpans(text: string, options: ExtractOptions): void {
  for (const name of ['sentences', 'entities'] as const) {
    const spans: unknown = options[name];
    if (spans === undefined) continue;
    if (!Array.isArray(spans)) {
      throw new TypeError(`saidby: options.${name} must be an array of { start, end } spans, got ${describe(spans)}`);
    }
    let previousEnd = 0;
    spans.forEach((s: unknown, i) => {
      previousEnd = checkSpan(s, `options.${name}[${i}]`, text.length, previousEnd);
      const type = (s as Record<string, unknown>)['type'];
      if (name === 'entities' && (typeof type !== 'string' || !Object.hasOwn(ENTITY_TYPES, type))) {
        const types = Object.keys(ENTITY_TYPES).join(', ');
        throw new TypeError(`saidby: options.entities[${i}].type must be one of ${types}, got ${describe(type)}`);
      }
    });
  }
}
