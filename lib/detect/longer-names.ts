// A name can be the start of a longer name of another work: "P-tuning v2" is not P-tuning, "ERNIE
// 3.0 Titan" is not ERNIE 3.0, and "Parameter-Efficient Transfer Learning for NLP with Sparse
// Adapters" (a title in an arXiv listing) is not Houlsby et al.'s paper. What follows the match
// tells: a version, "++", a variant's word after a versioned name or joined by a hyphen
// ("WebArena-Lite"), or a title that goes on in
// title case after a joining word. (Weak names continued by a hyphen, "GLUE-X", are judged in
// evidence.ts.)
import type { Mention } from './types';
import { needsEvidence } from './weak-names';

// "v2", "V3", "-v2", "v1.5", "++"; not "V100" (a GPU).
const VERSION_AFTER = /^(?:[-‐‑]?\s?[vV]\d{1,2}(?:\.\d+)*(?![\d\p{L}])|\+\+)/u;
// A distinctive name's variant or sequel: "XPrompt+" (not a sum, "XPrompt+SPT"); by its number,
// after a name that does not end in one: "RefactorBench-2" (an eighth trial's HF daily card),
// "RefactorBench 2." where the number ends the phrase; not a score ("SuperGLUE 2 points"), a size
// or the paper's own model ("ST-MoE-32B"). (A weak name so continued is another thing, judged in
// evidence.ts: "WARP+", "CLUE-2".)
const PLUS_AFTER = /^\+(?![\p{L}\d+])/u;
const SEQUEL_AFTER = /^(?:[-‐‑][2-9](?![\d\p{L}]|[.,]\d)|\s[2-9](?=\s*(?:$|[.,:;)\]!?](?!\d))))/u;
// "Titan" after "ERNIE 3.0": a name that ends in a number, continued by a word that names a
// variant. Only such words: "H3 Fu et al. (2023)" is a citation, "HaT5 Using …" a headline.
const ENDS_IN_NUMBER = /\d[\d.]*[A-Za-z]?$/u;
// Variants' words, after a space or a hyphen ("ERNIE 3.0 Titan", "WebArena-Lite").
const VARIANTS = ['Titan', 'Chat', 'Pro', 'Plus', 'Lite', 'Turbo', 'Instruct', 'Ultra'];
// After a versioned name, these and sizes, in title case or capitals ("Titan", "TITAN"), not
// prose ("ERNIE 3.0 base model").
const SPACED = [...VARIANTS, 'Large', 'Base', 'Small', 'Mini'];
const VARIANT_AFTER = new RegExp(
  `^\\s(?:${[...SPACED, ...SPACED.map((w) => w.toUpperCase()), 'XL', 'XXL'].join('|')})(?![\\p{L}\\d])`,
  'u',
);
// A variant's word or a port's suffix joined by a hyphen: "WebArena-Lite", "XPrompt-Pro",
// "LightGlue-ONNX". Not a size or a number ("ST-MoE-32B", "ST-MoE-L", "ExT5-Large" are the
// paper's own models), a task or weights ("SuperGLUE-RTE", "LightGlue-DISK"), lower case
// ("XPrompt-style"), nor a noun of a language that joins its compounds with one ("der
// LightGlue-Ansatz"): other capitals cannot be told from those by their shape.
const HYPHENED = [...VARIANTS, 'Hard', 'Verified', 'Live', 'Next', 'Zero'];
const PORTS = ['ONNX', 'MLX', 'GGUF', 'AWQ', 'GPTQ', 'TRT', 'JAX'];
const HYPHEN_VARIANT_AFTER = new RegExp(`^[-‐‑](?:${[...HYPHENED, ...PORTS].join('|')})(?![\\p{L}\\d])`, 'u');
// A title continued in title case: " with Sparse Adapters", " via Shared Hypernetworks". Not
// "and" ("… Understanding and SuperGLUE: …" lists two titles), "by" or "from" ("… Too by Liu et
// al.", "… Live! from Microsoft" name authors and makers).
// Also "on" and "in" ("… at Light Speed on Mobile GPUs", "… in Practice", a detector trial's list of
// accepted papers), but not a venue's "in Proceedings of", "in Findings of".
const TITLE_GOES_ON =
  /^\s+(?:with|via|using|through|without|towards?|beyond|under|for|against|across|on|in)\s+(?!(?:Proceedings|Findings)\b)(?=\p{Lu}\p{Ll})/u;

/** Is `m` the start of a longer name in `text`? `others` start where they start: a title that
 * another mention follows ("… for NLP with SuperGLUE: …") is not continued by it. */
export function startsLongerName(m: Mention, text: string, others: readonly Mention[] = []): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (m.kind === 'short') {
    if (VERSION_AFTER.test(after) || HYPHEN_VARIANT_AFTER.test(after)) return true;
    const numbered = ENDS_IN_NUMBER.test(m.shortName ?? '');
    if (numbered) return VARIANT_AFTER.test(after);
    return !needsEvidence(m.shortName ?? '') && (PLUS_AFTER.test(after) || SEQUEL_AFTER.test(after));
  }
  const goesOn = TITLE_GOES_ON.exec(after);
  if (!goesOn) return false;
  const next = m.end + goesOn[0].length;
  return !others.some((o) => o.start === next);
}

/** `mentions` (titles and short names of one block) without those that start a longer name. */
export function dropPartsOfLongerNames(mentions: Mention[], text: string): Mention[] {
  return mentions.filter((m) => !startsLongerName(m, text, mentions));
}

// A weak name continued: "GLUE-X", "CLUE-2", "H3.3" (a histone variant), Cloudflare's "WARP+" (an
// eighth trial's inbox; not "GLUE+SuperGLUE"). Not a German compound of the field's nouns: "auf
// dem GLUE-Benchmark", "die CLUE-Ergebnisse", "der WARP-Ansatz", "die SPT-Methode".
const WEAK_GOES_ON = /^(?:[-‐‑][\p{Lu}\d]|\.\d|\+(?![\p{L}\d+]))/u;
const GERMAN_COMPOUND =
  /^[-‐‑](?:Benchmarks?|Datens[aä]tz\p{L}*|Aufgaben?|Ergebniss?e?n?|Scores?|Leaderboards?|Bestenliste|Modell\p{L}*|Paper|Aufsatz|Ans[aä]tz\p{L}*|Verfahren|Methoden?|Technik\p{L}*|Framework|Architektur|Variante\p{L}*|Implementierung|Evaluierung|Training|Baselines?)(?!\p{L})/u;

/** Does the text after a weak name continue it into another name (evidence.ts judges it 'none')? */
export const weakNameGoesOn = (after: string): boolean => WEAK_GOES_ON.test(after) && !GERMAN_COMPOUND.test(after);
