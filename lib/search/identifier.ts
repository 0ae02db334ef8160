// A reader often has an identifier rather than words: an arXiv id, "arXiv:2306.13643", a DOI or a
// paper URL. Those name one paper exactly, so they are looked up, not searched (the full-text
// index would match the digits of "1.1" in a title).
import type { Paper } from '../catalog/types';
import {
  buildRefIndex,
  findArxivIdsInText,
  lookupRef,
  normalizeDoi,
  type PaperRef,
  parsePaperRef,
  type RefIndex,
} from '../detect/links';

const BARE_ARXIV = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?$/i;

function refOf(input: string): PaperRef | null {
  const text = input.trim();
  if (!text || /\s/.test(text.replace(/^arxiv:\s*/i, ''))) return null;
  const bare = BARE_ARXIV.exec(text);
  if (bare?.[1]) return { kind: 'arxiv', id: bare[1] };
  if (/^https?:\/\//i.test(text)) return parsePaperRef(text);
  // A URL pasted without its scheme ("arxiv.org/abs/1905.00537v3", "www.doi.org/10…").
  if (
    /^(?:www\.|export\.)?(?:arxiv\.org|ar5iv\.(?:labs\.arxiv\.)?org|alphaxiv\.org|huggingface\.co|(?:dx\.)?doi\.org|aclanthology\.org)\//i.test(
      text,
    )
  ) {
    return parsePaperRef(`https://${text}`);
  }
  const doi = normalizeDoi(text);
  if (doi) return { kind: 'doi', doi };
  const [inText] = findArxivIdsInText(text);
  return inText ? { kind: 'arxiv', id: inText.id } : null;
}

const indexes = new WeakMap<Map<string, Paper>, RefIndex>();

/** Whether the query is an identifier, and the catalog paper it names (null when none does). */
export function findByIdentifier(
  input: string,
  papers: Map<string, Paper>,
): { isIdentifier: boolean; paper: Paper | null } {
  const ref = refOf(input);
  if (!ref) return { isIdentifier: false, paper: null };
  let index = indexes.get(papers);
  if (!index) {
    index = buildRefIndex([...papers.values()]);
    indexes.set(papers, index);
  }
  const id = lookupRef(index, ref);
  return { isIdentifier: true, paper: (id && papers.get(id)) || null };
}
