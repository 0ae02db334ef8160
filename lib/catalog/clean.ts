// The seed text was scraped from a rendered page, so some LaTeX survived only half-rendered
// (`Co$^4$`, `10times`, `12\%`). Readers get the clean typographic form; the matcher folds
// both forms to the same key (see lib/text), so a page that writes either still matches.

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
};

function mapChars(s: string, table: Record<string, string>): string | null {
  let out = '';
  for (const ch of s) {
    const mapped = table[ch];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

const SYMBOLS: Record<string, string> = {
  times: '×',
  cdot: '·',
  sim: '~',
  approx: '≈',
  leq: '≤',
  geq: '≥',
  pm: '±',
  rightarrow: '→',
  to: '→',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  tau: 'τ',
  theta: 'θ',
};

/** Clean one line of seed text for display. Idempotent. */
export function cleanLatex(input: string): string {
  let s = input;
  // Inline math: `$^4$`, `$^{10}$`, `$_2$`, `$\times$`, `$x$`.
  s = s.replace(/\$([^$]{1,40})\$/g, (_m, body: string) => renderMath(body));
  // A bare exponent that lost its math delimiters: `Co^4`, `O(N^2)`.
  s = s.replace(
    /([\p{L}\d)])\^(\d{1,3})\b/gu,
    (_m, base: string, exp: string) => base + (mapChars(exp, SUPERSCRIPT) ?? exp),
  );
  // Escaped specials outside math: `12\%`, `R\&D`, `\_`.
  s = s.replace(/\\([%&_#$])/g, '$1');
  // A multiplier whose `\times` lost its backslash and spacing: `10times` -> `10×`.
  s = s.replace(/(\d)\s?times\b/g, '$1×');
  // LaTeX quotes: ``text'' and `text'.
  s = s.replace(/``([^`']+)''/g, '“$1”').replace(/`([^`']+)'/g, '‘$1’');
  return s.replace(/\s{2,}/g, ' ').trim();
}

function renderMath(body: string): string {
  let s = body.trim();
  s = s.replace(/\\([a-zA-Z]+)/g, (m, name: string) => SYMBOLS[name] ?? m.slice(1));
  s = s.replace(/\^\{([^}]*)\}|\^(\S)/g, (m, group: string | undefined, single: string | undefined) => {
    return mapChars(group ?? single ?? '', SUPERSCRIPT) ?? m.replace(/[\^{}]/g, '');
  });
  s = s.replace(/_\{([^}]*)\}|_(\S)/g, (m, group: string | undefined, single: string | undefined) => {
    return mapChars(group ?? single ?? '', SUBSCRIPT) ?? m.replace(/[_{}]/g, '');
  });
  return s.replace(/[{}]/g, '');
}
