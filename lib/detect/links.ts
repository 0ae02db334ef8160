// Paper references in links and prose: arXiv ids, DOIs, ACL Anthology and OpenReview ids, and the index
// that maps them to catalog paper ids. These are exact identifiers, so they need no evidence.

import type { Paper } from '../catalog/types';

export type PaperRef =
  | { kind: 'arxiv'; id: string }
  | { kind: 'doi'; doi: string }
  | { kind: 'acl'; id: string }
  | { kind: 'openreview'; id: string };

// New-style ids (2210.04457) and old-style archive ids (math/0502036, math.GT/0309136).
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})`;
const ARXIV_PATH = new RegExp(`^\\/(?:abs|pdf|html|format|overview|papers)\\/${ARXIV_ID}(?:v\\d+)?(?:\\.pdf)?\\/?$`);
const ARXIV_BARE = new RegExp(`^${ARXIV_ID}(?:v\\d+)?$`);
// New ACL ids (2023.findings-emnlp.204, 2020.acl-main.1) and old ones (P19-1001), optional vN.
const ACL_ID = /^(\d{4}\.[a-z\d-]+\.\d+|[A-Z]\d{2}-\d{4})(?:v\d+)?(?:\.pdf)?$/;

// OpenReview's forum, its PDF and its attachments name the paper by the forum's id (case matters).
const OPENREVIEW_PATHS = new Set(['/forum', '/pdf', '/attachment']);
const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,}$/;

const ARXIV_HOSTS = new Set(['arxiv.org', 'export.arxiv.org', 'ar5iv.org', 'ar5iv.labs.arxiv.org', 'alphaxiv.org']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

function hostOf(u: URL): string {
  return u.hostname.toLowerCase().replace(/^www\./, '');
}

/** Lower-cased bare DOI from "10.x/y", "doi:10.x/y" or a doi.org URL; null when not a DOI. */
export function normalizeDoi(doi: string): string | null {
  let s = doi.trim();
  try {
    s = decodeURIComponent(s);
  } catch {
    // Keep the raw form: a stray '%' is not worth rejecting the DOI for.
  }
  s = s.replace(/^(?:https?:\/\/)?(?:dx\.)?(?:www\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(s) ? s.toLowerCase() : null;
}

/** ACL Anthology id from an aclanthology.org (or old aclweb.org/anthology) URL. */
export function aclIdFromUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u) return null;
  const host = hostOf(u);
  if (host !== 'aclanthology.org' && host !== 'preview.aclanthology.org' && host !== 'aclweb.org') return null;
  const segments = u.pathname.split('/').filter((x) => x !== '');
  if (host === 'aclweb.org' && segments[0] !== 'anthology') return null;
  // The id is the last path segment (preview URLs put a branch name before it).
  const m = ACL_ID.exec(segments[segments.length - 1] ?? '');
  return m?.[1] ?? null;
}

/** ACL Anthology id of an ACL DOI ("10.18653/v1/2022.emnlp-main.758", "10.18653/v1/W18-5446"):
 * the Anthology assigns both, so a DOI link and an Anthology link name the same paper. */
export function aclIdFromDoi(doi: string): string | null {
  const rest = /^10\.18653\/v1\/(.+)$/i.exec(doi.trim())?.[1];
  if (!rest) return null;
  // DOIs are case-insensitive (and normalizeDoi lower-cases them); old ids start with a capital.
  const m = ACL_ID.exec(/^[a-z]\d{2}-/.test(rest) ? rest[0]?.toUpperCase() + rest.slice(1) : rest);
  return m?.[1] ?? null;
}

/** OpenReview forum id from an openreview.net URL ("/forum?id=SylzhkBtDB", "/pdf?id=…"). */
export function openreviewIdFromUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u || hostOf(u) !== 'openreview.net' || !OPENREVIEW_PATHS.has(u.pathname.replace(/\/$/, ''))) return null;
  const id = u.searchParams.get('id');
  return id !== null && OPENREVIEW_ID.test(id) ? id : null;
}

function arxivFromPath(pathname: string): string | null {
  const m = ARXIV_PATH.exec(pathname);
  return m?.[1] ?? null;
}

// Every accepted host contains one of these. Most links on a page go elsewhere, and this test
// is far cheaper than parsing the URL (the scanner sees every link of the page).
const PAPER_HOST_PARTS = [
  'arxiv.org',
  'ar5iv',
  'alphaxiv.org',
  'huggingface.co',
  'doi.org',
  'aclanthology.org',
  'aclweb.org',
  'openreview.net',
];
const MAYBE_PAPER_HOST = new RegExp(PAPER_HOST_PARTS.map((part) => part.replaceAll('.', '\\.')).join('|'), 'i');

/** The links whose raw href holds a paper host, as a selector: the page's own query finds them
 * among all its links (10,000 on a long list) without a wrapper and a test in JavaScript for
 * each. The same test as mayBePaperHref on an absolute href. One `a:is(…)` rather than a list of
 * `a[href*=…]`: the engine tests each element's tag once, not once per host (in an isolated
 * world, 6.0 -> 4.2 ms on a 5 MB page without paper links, 6.1 -> 5.0 on 10,000 links). */
export const MAYBE_PAPER_LINK_SELECTOR = `a:is(${PAPER_HOST_PARTS.map((part) => `[href*="${part}" i]`).join(',')})`;

const ABSOLUTE = /^\s*[a-z][a-z0-9+.-]*:/i;

/** Could a link with this raw href attribute be a paper link? Read before the browser resolves
 * the URL (`a.href`), which the walk would otherwise pay for on every link of the page. A
 * relative href counts only when the page's base URL is on a paper host (arXiv's own links). */
export function mayBePaperHref(raw: string, baseIsPaperHost: boolean): boolean {
  return MAYBE_PAPER_HOST.test(raw) || (baseIsPaperHost && !ABSOLUTE.test(raw));
}

/** Does this address name a PDF (arXiv's /pdf/<id>, OpenReview's /pdf?id=…, any *.pdf)? The
 * browser shows those in its own viewer, which no extension can read. */
export function isPdfAddress(url: string): boolean {
  const u = parseUrl(url);
  return u !== null && /(?:^\/pdf(?:\/|$)|\.pdf$)/i.test(u.pathname);
}

export function isOnPaperHost(url: string): boolean {
  return MAYBE_PAPER_HOST.test(url);
}

/** The address a redirecting link goes on to (Zhihu's "link.zhihu.com/?target=…", YouTube's
 * "/redirect?q=…", Google's "/url?q=…", Facebook's "l.php?u=…"): the first query value that is
 * an http(s) address on a paper host. Sites wrap every outgoing link so, and a reader clicking it
 * lands on the paper. */
function redirectTarget(u: URL): string | null {
  for (const value of u.searchParams.values()) {
    if (/^https?:\/\//i.test(value) && MAYBE_PAPER_HOST.test(value)) return value;
  }
  return null;
}

export function parsePaperRef(url: string, redirected = false): PaperRef | null {
  if (!MAYBE_PAPER_HOST.test(url)) return null;
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  const host = hostOf(u);
  if (!MAYBE_PAPER_HOST.test(host)) {
    const target = redirected ? null : redirectTarget(u);
    return target ? parsePaperRef(target, true) : null;
  }
  const path = u.pathname;
  if (ARXIV_HOSTS.has(host)) {
    // huggingface-style "/papers/" is not an arXiv route; "/overview/" is alphaXiv only.
    if (path.startsWith('/papers/') || (path.startsWith('/overview/') && host !== 'alphaxiv.org')) return null;
    const id = arxivFromPath(path);
    return id ? { kind: 'arxiv', id } : null;
  }
  if (host === 'huggingface.co') {
    const id = path.startsWith('/papers/') ? arxivFromPath(path) : null;
    return id ? { kind: 'arxiv', id } : null;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const doi = normalizeDoi(path.slice(1));
    if (!doi) return null;
    const arxiv = /^10\.48550\/arxiv\.(.+)$/.exec(doi)?.[1];
    if (arxiv) {
      const id = ARXIV_BARE.exec(arxiv)?.[1];
      return id ? { kind: 'arxiv', id } : null;
    }
    const acl = aclIdFromDoi(doi);
    return acl ? { kind: 'acl', id: acl } : { kind: 'doi', doi };
  }
  if (host === 'openreview.net') {
    const id = openreviewIdFromUrl(url);
    return id ? { kind: 'openreview', id } : null;
  }
  const acl = aclIdFromUrl(url);
  return acl ? { kind: 'acl', id: acl } : null;
}

export interface RefIndex {
  arxiv: Map<string, string>;
  doi: Map<string, string>;
  acl: Map<string, string>;
  openreview: Map<string, string>;
}

type RefPaper = Pick<Paper, 'id' | 'arxivId' | 'doi' | 'links'>;

export function buildRefIndex(papers: readonly RefPaper[]): RefIndex {
  const ix: RefIndex = { arxiv: new Map(), doi: new Map(), acl: new Map(), openreview: new Map() };
  for (const p of papers) {
    const arxiv = p.arxivId ?? (p.id.startsWith('arxiv:') ? p.id.slice(6) : undefined);
    if (arxiv) ix.arxiv.set(arxiv.replace(/v\d+$/, ''), p.id);
    const doi = p.doi ? normalizeDoi(p.doi) : null;
    if (doi) ix.doi.set(doi, p.id);
    const acl = (p.links.acl ? aclIdFromUrl(p.links.acl) : null) ?? (doi ? aclIdFromDoi(doi) : null);
    if (acl) ix.acl.set(acl, p.id);
    const openreview = p.links.openreview ? openreviewIdFromUrl(p.links.openreview) : null;
    if (openreview) ix.openreview.set(openreview, p.id);
  }
  return ix;
}

export function lookupRef(ix: RefIndex, ref: PaperRef): string | undefined {
  if (ref.kind === 'arxiv') return ix.arxiv.get(ref.id.replace(/v\d+$/, ''));
  if (ref.kind === 'doi') return ix.doi.get(ref.doi.toLowerCase());
  if (ref.kind === 'openreview') return ix.openreview.get(ref.id);
  return ix.acl.get(ref.id);
}
