/**
 * Words for the corpus report (saidby/report): which speakers are unnamed sources. A speaker counts as unnamed when it
 * names no one: `officials said`, `a spokeswoman said`, `sources claimed`, `senior diplomats told reporters`.
 */
import { union, words } from './list.js';

/** Nouns that stand for an unnamed source, singular and plural: `sources`, `an aide`, `witnesses`. */
export const UNNAMED_SOURCE_NOUNS = words(`
  source sources official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers
  advisor advisors analyst analysts expert experts diplomat diplomats witness witnesses resident residents insider
  insiders observer observers critic critics supporter supporters opponent opponents person people officer officers
  staffer staffers employee employees worker workers lawmaker lawmakers member members leader leaders authorities
  investigators police prosecutors scientists researchers economists doctors activists protesters voters locals
  neighbours neighbors relatives friends colleagues representatives others`);

/**
 * Words that may stand with those nouns in a phrase that still names no one: `a senior official`, `government
 * sources`, `two Western diplomats`. A name made only of these and the nouns above (`Sources`, `Senior officials`) is
 * an
 * unnamed source; `Interior Ministry officials` is not, because `interior` is not here.
 */
export const UNNAMED_SOURCE_WORDS = union(
  UNNAMED_SOURCE_NOUNS,
  words(`a an the one two three several some many other another both all these those most few
  senior top high-ranking junior local foreign western european american government administration military security
  intelligence police party campaign company industry union palace family anonymous unnamed former current`),
);

/** Articles dropped from an unnamed source's key, so that `a spokeswoman` and `the spokeswoman` are counted as one. */
export const SOURCE_ARTICLES = words('a an the');
