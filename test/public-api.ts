import type * as Api from '../src/index.js';

/** Every name the package exports, sorted: the one list the API lock tests (source and built) compare with. */
export const PUBLIC_API = [
  'combineKnowledgeBases',
  'createKnowledgeBase',
  'defaultKnowledgeBase',
  'extractQuotes',
  'tokenize',
];

/**
 * Every type the package exports, locked when the tests are type-checked (`npm run typecheck`): a type that is
 * renamed or dropped fails here. Adding one is a deliberate change: list it too.
 */
export type PublicTypes = [
  Api.Cue,
  Api.CueClass,
  Api.Entity,
  Api.EntityLink,
  Api.EntityType,
  Api.ExtractOptions,
  Api.KbCandidate,
  Api.KbEntry,
  Api.KnowledgeBase,
  Api.Mention,
  Api.Quote,
  Api.QuoteKind,
  Api.Result,
  Api.RuleName,
  Api.Sentence,
  Api.Span,
  Api.Speaker,
  Api.Token,
  Api.TokenKind,
  Api.TokenSpan,
  Api.Tokenization,
  Api.Warning,
];
