// A paper's short name is the name it gives itself before the colon ("XPrompt: Exploring ...",
// "ERNIE 3.0: ...") or in a trailing parenthesis ("... Adaptive Weights (CLAW)"). A leading
// phrase of ordinary words ("Too Much Information: ...", "Hungry Hungry Hippos: ...") is a
// headline, not a name, and is not used: a short name is matched on pages by itself.

/** Looks like a coined name: inner capital, digit, hyphen or all-caps (XPrompt, ST-MoE, E-LANG, H3). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Lu}|\d|-/u.test(word.slice(1));
}

/** A coined word proper: a capital or digit after the first letter (SuperGLUE, T5), not only a
 * hyphen ("Retrieval-based" is a phrase). */
function isCoined(word: string): boolean {
  return /^\p{Lu}[\p{L}\d-]*[\p{Lu}\d]/u.test(word);
}

/** A version ("3.0", "20B", "1.1") or a short capitalised qualifier ("Pro"). */
function isQualifier(word: string): boolean {
  return /^\d[\w.]*$/.test(word) || /^\p{Lu}\p{Ll}{1,3}$/u.test(word);
}

export function extractShortName(title: string): string | undefined {
  const colon = title.indexOf(': ');
  if (colon > 0) {
    const head = title.slice(0, colon).trim();
    const words = head.split(/\s+/);
    const [first, ...rest] = words;
    // A single capitalised word before the colon is a name ("Cybench", "Dynatask").
    if (first && words.length === 1 && /^\p{Lu}[\p{L}\d.-]*$/u.test(first)) return head;
    if (first && words.length <= 3 && isNameWord(first) && rest.every((w) => isNameWord(w) || isQualifier(w))) {
      return head;
    }
    // A coined name with a capitalised qualifier in front: "Russian SuperGLUE 1.1" is not
    // "RussianSuperGLUE" (another paper), and without its own name its mentions were given to it.
    const capitalised = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      words.some(isCoined) &&
      words.every((w) => isNameWord(w) || isQualifier(w) || capitalised(w))
    ) {
      return head;
    }
  }
  const paren = /\(([\p{Lu}][\p{L}\d-]{1,20})\)\s*$/u.exec(title);
  if (paren?.[1] && isNameWord(paren[1])) return paren[1];
  return undefined;
}
