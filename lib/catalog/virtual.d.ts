declare module 'virtual:paperlens-catalog' {
  const catalog: import('@/lib/catalog/types').Catalog;
  export default catalog;
}

declare module 'virtual:paperlens-search-index' {
  const saved: import('@/lib/search/search-index').SavedIndex | null;
  export default saved;
}
