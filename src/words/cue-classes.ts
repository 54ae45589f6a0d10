import type { CueClass } from '../types.js';

/**
 * Every cue class, communication acts first. The order is that of tables and charts that count quotes by class.
 * What each means: the CueClass type, and docs/cue-classes.md.
 */
export const CUE_CLASSES: readonly CueClass[] = [
  'speech',
  'writing',
  'report',
  'thought',
  'stance',
  'plan',
  'evidence',
];

/**
 * The classes returned when the caller does not say: acts of communication. People who ask who said what mean
 * speech, so `as the city seeks to raise taxes` (a plan) is not a quote unless `plan` is asked for.
 */
export const DEFAULT_CUE_CLASSES: readonly CueClass[] = ['speech', 'writing', 'report'];
