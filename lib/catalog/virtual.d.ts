declare module 'virtual:paperlens-catalog' {
  const catalog: import('@/lib/catalog/types').Catalog;
  export default catalog;
}
