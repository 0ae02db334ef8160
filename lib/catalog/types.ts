// Shared catalog types. Dexie-free on purpose: the content script imports these.

export interface PaperLinks {
  /** https://arxiv.org/abs/<id> */
  arxiv?: string;
  /** https://arxiv.org/pdf/<id> */
  pdf?: string;
  /** ACL Anthology landing page. */
  acl?: string;
  /** https://doi.org/<doi> */
  doi?: string;
  /** Source code repository. */
  code?: string;
  /** https://openreview.net/forum?id=<id> */
  openreview?: string;
}

export interface Paper {
  /** Stable id: `arxiv:<arxivId>`, or `slug:<normalised-title>` when no arXiv id is known. */
  id: string;
  /** Clean display form of the title (LaTeX remnants turned into Unicode). */
  title: string;
  abstract: string;
  /** One or two sentences (<= 280 chars) from the abstract, chosen at build time. */
  tldr: string;
  authors: string[];
  year: number;
  venue?: string;
  arxivId?: string;
  doi?: string;
  links: PaperLinks;
  /** Short name the title starts with ("XPrompt", "ST-MoE", "ERNIE 3.0"), when it has one. */
  shortName?: string;
  /** Names the paper coins in its abstract rather than its title ("P-tuning", "H3"), curated in
   * seeds/aliases.json. Matched on pages like the short name. */
  aliases?: string[];
  /** Benchmarks and methods named in the title or abstract ("SuperGLUE", "prompt tuning", ...). */
  tags: string[];
  /** Ids of the three most similar catalog papers, computed at build time. */
  related?: string[];
}

export interface Catalog {
  /** Content hash of the papers; changes whenever any record changes. */
  version: string;
  papers: Paper[];
}
