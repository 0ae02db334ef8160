import * as v from 'valibot';

/** A malformed seed or metadata file. The message names the file position and the exact cause. */
export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(message: string) {
    super(`catalog: ${message}`);
  }
}

/**
 * The entries of a seed JSON file that holds an array (paper-metadata.json, aliases.json), each
 * checked by `schema`. Errors name the file, the entry (with `labelOf`'s words) and the field.
 */
export function parseEntries<T>(
  file: string,
  json: string,
  what: string,
  schema: v.GenericSchema<unknown, T>,
  labelOf: (raw: unknown) => string = () => '',
): T[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CatalogError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CatalogError(`${file}: expected an array of ${what}`);
  return data.map((raw, index) => {
    const result = v.safeParse(schema, raw);
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = issue.path?.map((p) => p.key).join('.') ?? '';
    throw new CatalogError(`${file} entry ${index}${labelOf(raw)}: ${path ? `${path}: ` : ''}${issue.message}`);
  });
}
