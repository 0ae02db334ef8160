// Which words of the search box are looked up. People paste references as often as they type
// words, and a reference carries words no paper is found by: "et al.", initials, "In", "Proc.".
import { fold, tokenize } from './normalize';

export interface QueryWords {
  /** Every word, folded, in order: titles and author names are looked for in these. */
  tokens: string[];
  /** Per token: whether the index is asked for it (citation noise is not). */
  searched: boolean[];
  /** A pasted reference rather than typed words: ranked by how much of a paper it names. */
  reference: boolean;
  /** The family name before "et al." ("Weston et al"): the paper's first author. */
  firstAuthor?: string;
}

/** A year as a reference or a reader writes it; matched against a paper's year and venue only. */
export const YEAR = /^(?:19|20)\d\d$/;

/** Six words that are not citation noise are no longer typed search words but a reference (or a
 * title): "Houlsby, N. et al. Parameter-Efficient Transfer Learning for NLP. In ICML, 2019." */
const REFERENCE_WORDS = 6;

// Words of the citation around a title, and the small words every title has: a reference is
// matched by its title and authors, and these would only pull in papers that share them.
const CITATION_NOISE = new Set(
  (
    'in proc proceedings conference conf intl international annual meeting workshop journal trans ' +
    'vol volume no pp pages arxiv preprint abs corr doi https http www org eds ed editors and ' +
    'the a an of for on at to with by from via is are its our'
  ).split(' '),
);

export function queryWords(text: string): QueryWords {
  const tokens = tokenize(text).map(fold);
  // "et al." is dropped wherever it stands: no paper is found by it ("Weston et al").
  const etAl = tokens.map((t, i) => (t === 'et' && tokens[i + 1] === 'al') || (t === 'al' && tokens[i - 1] === 'et'));
  // Initials (single letters) stay in typed words: "P Sarlin" is a name, not two words.
  const content = tokens.filter((t, i) => !etAl[i] && [...t].length > 1 && !CITATION_NOISE.has(t));
  const reference = content.length >= REFERENCE_WORDS;
  const searched = tokens.map((t, i) => !etAl[i] && (!reference || ([...t].length > 1 && !CITATION_NOISE.has(t))));
  // The word before "et al.", skipping initials ("Houlsby, N. et al.").
  const before = tokens.slice(0, Math.max(0, etAl.indexOf(true)));
  const firstAuthor = before.findLast((t) => [...t].length > 1);
  return { tokens, searched, reference, ...(firstAuthor && { firstAuthor }) };
}
