// Other names papers go by (seeds/aliases.json). A short name is taken from the title
// (short-name.ts), but many papers coin their name only in the abstract: "GPT Understands, Too"
// is P-tuning, "Hungry Hungry Hippos" is H3. Guessing such names from abstracts is unsafe (an
// abstract also spells out names it only uses: "Mixture-of-Experts (MoE)", "large language models
// (LLMs)"), so they are curated by hand, and each entry carries the abstract's own words
// (`quote`), which the build checks: a name cannot be claimed that the paper does not coin.
import * as v from 'valibot';
import { CatalogError, parseEntries } from './errors';
import type { Paper } from './types';

const FILE = 'aliases.json';

const AliasEntrySchema = v.object({
  arxivId: v.pipe(v.string(), v.minLength(1)),
  names: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(40))), v.minLength(1)),
  quote: v.pipe(v.string(), v.minLength(1)),
});

export type AliasEntry = v.InferOutput<typeof AliasEntrySchema>;

/** Validates `aliases.json`: an array of { arxivId, names, quote }. Throws CatalogError naming the entry. */
export function parseAliases(json: string): AliasEntry[] {
  return parseEntries(FILE, json, 'entries', AliasEntrySchema);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `name` occurs in `text` with no letter or digit glued to either side. */
function occursAsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** Sets `aliases` on the papers the entries name (in place). Every entry must name a catalog
 * paper by arXiv id, quote its abstract word for word, and name only what the quote names. */
export function applyAliases(papers: Paper[], entries: readonly AliasEntry[]): void {
  const byArxiv = new Map(papers.filter((p) => p.arxivId).map((p) => [p.arxivId as string, p]));
  // A name is one paper's: another paper's short name too would make one mention two papers.
  const owner = new Map<string, string>();
  for (const p of papers) if (p.shortName) owner.set(p.shortName, p.id);
  entries.forEach((entry, index) => {
    const label = `${FILE} entry ${index} (${entry.arxivId})`;
    const paper = byArxiv.get(entry.arxivId);
    if (!paper) throw new CatalogError(`${label}: no catalog paper has this arXiv id`);
    if (paper.aliases) throw new CatalogError(`${label}: a second entry for "${paper.title}"`);
    if (!paper.abstract.includes(entry.quote)) {
      throw new CatalogError(`${label}: the quote is not in the abstract of "${paper.title}"`);
    }
    for (const name of entry.names) {
      if (!occursAsWord(entry.quote, name)) throw new CatalogError(`${label}: the quote does not name "${name}"`);
      if (name === paper.shortName) throw new CatalogError(`${label}: "${name}" is already its short name`);
      const other = owner.get(name);
      if (other) throw new CatalogError(`${label}: "${name}" is already a name of ${other}`);
      owner.set(name, paper.id);
    }
    paper.aliases = [...entry.names];
  });
}
