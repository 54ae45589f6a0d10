/** Words that take a dot without ending a sentence (lower case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and titles
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'fr', 'hon', 'messrs', 'mmes', 'msgr', 'sen', 'rep',
  'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'pres', 'supt', 'insp', 'det',
  'atty', 'amb', 'sec', 'dept', 'asst', 'assoc',
  // places and organisations
  'mt', 'ft', 'ave', 'blvd', 'rd', 'inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'univ',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // US states as written in news (Calif., Mass.)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  // other
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'vol', 'fig', 'cf', 'al', 'ca', 'op', 'ed',
]);

/** Abbreviations that usually stand before a name and so never end a sentence. */
export const PRENOMINAL: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'rev', 'fr', 'hon', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj',
  'capt', 'sgt', 'adm', 'pres', 'no', 'vs', 'v', 'mt', 'ft', 'messrs', 'msgr', 'amb', 'det', 'insp', 'supt', 'atty',
]);
