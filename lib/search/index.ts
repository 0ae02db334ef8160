export { type AuthorLine, authorLine } from './authors';
export type { SearchContext } from './filters';
export { unknownListErrors } from './filters';
export { type HighlightRange, highlightRanges } from './highlight';
export { findByIdentifier } from './identifier';
export { fold } from './normalize';
export { type Filter, type ParsedQuery, parseQuery } from './query';
export { runSearch, type SearchResult } from './run';
export { buildSearchIndex, loadIndex, type SavedIndex, SEARCH_INDEX_FORMAT, serializeIndex } from './search-index';
