/** Every name the package exports, sorted: the one list the API lock tests (source and built) compare with. */
export const PUBLIC_API = ['combineKnowledgeBases', 'createKnowledgeBase', 'defaultKnowledgeBase', 'extractQuotes', 'tokenize'];
