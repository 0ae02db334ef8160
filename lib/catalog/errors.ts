/** A malformed seed or metadata file. The message names the file position and the exact cause. */
export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(message: string) {
    super(`catalog: ${message}`);
  }
}
