// A reader often has an identifier rather than words: an arXiv id, "arXiv:2306.13643", a DOI or a
// paper URL. Those name one paper exactly, so they are looked up, not searched (the full-text
// index would match the digits of "1.1" in a title).
import type { Paper } from '../catalog/types';
import {
  buildRefIndex,
  isOnPaperHost,
  lookupRef,
  normalizeDoi,
  type PaperRef,
  parsePaperRef,
  type RefIndex,
} from '../detect/links';
import { findArxivIdsInText, findPaperRefsInText, trimEnd } from '../detect/refs-in-text';

const BARE_ARXIV = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?$/i;

/** An address that names no paper the parser knows ("https://openreview.net/forum?id=xyz", a
 * blog's URL): still an identifier, looked up and not found, not words to search ("https",
 * "forum" and "id" matched 50 papers). */
const SOME_ADDRESS = 'address';

function refOf(input: string): PaperRef | typeof SOME_ADDRESS | null {
  // Copied from a sentence or a reference list, an identifier often brings the period or bracket
  // after it ("https://doi.org/10.1162/tacl_a_00727."), which no identifier of the catalog ends in.
  const text = trimEnd(input.trim());
  if (!text || /\s/.test(text.replace(/^arxiv:\s*/i, ''))) return null;
  const bare = BARE_ARXIV.exec(text);
  if (bare?.[1]) return { kind: 'arxiv', id: bare[1] };
  if (/^https?:\/\//i.test(text)) return parsePaperRef(text) ?? SOME_ADDRESS;
  // A URL pasted without its scheme ("arxiv.org/abs/1905.00537v3", "www.doi.org/10…").
  // The paper hosts are links.ts's own list.
  if (/^[\w-]+(?:\.[\w-]+)+\//.test(text) && isOnPaperHost(text)) return parsePaperRef(`https://${text}`);
  const doi = normalizeDoi(text);
  if (doi) return { kind: 'doi', doi };
  const [inText] = findArxivIdsInText(text);
  return inText ? { kind: 'arxiv', id: inText.id } : null;
}

const indexes = new WeakMap<Map<string, Paper>, RefIndex>();

function lookup(ref: PaperRef, papers: Map<string, Paper>): Paper | null {
  let index = indexes.get(papers);
  if (!index) {
    index = buildRefIndex([...papers.values()]);
    indexes.set(papers, index);
  }
  const id = lookupRef(index, ref);
  return (id && papers.get(id)) || null;
}

/** Whether the query is an identifier, and the catalog paper it names (null when none does). */
export function findByIdentifier(
  input: string,
  papers: Map<string, Paper>,
): { isIdentifier: boolean; paper: Paper | null } {
  const ref = refOf(input);
  if (!ref) return { isIdentifier: false, paper: null };
  return { isIdentifier: true, paper: ref === SOME_ADDRESS ? null : lookup(ref, papers) };
}

// Inside longer text: a bare new-style arXiv id whose month is a month ("1905.00537", not a
// version "2.1" or the "2020.00499" of a DOI), and a DOI with or without its doi.org prefix.
const BARE_ARXIV_IN_TEXT = /(?<![\p{L}\p{N}./])(\d\d(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?(?![\p{L}\p{N}/]|\.\d)/gu;
// A DOI in a publisher's address ("https://dl.acm.org/doi/10.1145/…", as ACM's reference format
// gives it): the page detector leaves those to links, but a pasted reference names its paper so.
const DOI_IN_ADDRESS = /(?<=\/)10\.\d{4,9}\/[^\s"<>]+/g;

/**
 * Identifiers anywhere in a query ("Fu, D. Y., … ICLR 2023. arXiv:2212.14052", "1905.00537
 * superglue", a reference's "URL https://openreview.net/forum?id=…"): the catalog papers they name, and the text without them, whose digits would
 * otherwise be searched as words.
 */
export function identifiersIn(text: string, papers: Map<string, Paper>): { papers: Paper[]; rest: string } {
  const spans: Array<{ start: number; end: number; ref: PaperRef | null }> = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  for (const m of findPaperRefsInText(text)) spans.push(m);
  for (const m of text.matchAll(DOI_IN_ADDRESS)) {
    const raw = trimEnd(m[0]);
    const doi = normalizeDoi(raw);
    const end = m.index + raw.length;
    if (doi && free(m.index, end)) spans.push({ start: m.index, end, ref: parsePaperRef(`https://doi.org/${doi}`) });
  }
  for (const m of text.matchAll(BARE_ARXIV_IN_TEXT)) {
    const end = m.index + m[0].length;
    if (m[1] && free(m.index, end)) spans.push({ start: m.index, end, ref: { kind: 'arxiv', id: m[1] } });
  }
  spans.sort((a, b) => a.start - b.start);
  const found = new Set<Paper>();
  let rest = '';
  let at = 0;
  for (const span of spans) {
    const paper = span.ref && lookup(span.ref, papers);
    if (paper) found.add(paper);
    rest += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return { papers: [...found], rest: rest + text.slice(at) };
}
