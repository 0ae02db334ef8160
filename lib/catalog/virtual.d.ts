declare module 'virtual:paperlens-catalog' {
  import type { Catalog } from './types';
  const catalog: Catalog;
  export default catalog;
}
