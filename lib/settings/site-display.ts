// Sites as people write them. Rules and hidden papers are kept under the ASCII form pages report
// as their hostname ("xn--bcher-kva.de", see normalizePattern), but shown as "bücher.de".
// Decoding Punycode (RFC 3492) is the punycode package's job: the browser has no API for it.
// 'punycode/' (with the slash) is the npm package; plain 'punycode' is Node's deprecated built-in.
import { toUnicode } from 'punycode/';

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];
const mixesScripts = (label: string): boolean => SCRIPTS.filter((script) => script.test(label)).length > 1;

/** "xn--bcher-kva.de" -> "bücher.de", "*.xn--bcher-kva.de" -> "*.bücher.de"; other text as it is. */
export function siteForDisplay(site: string): string {
  if (!site.includes('xn--')) return site;
  try {
    const shown = toUnicode(site);
    // A label that decodes to nothing ("xn--") is not an internationalised name, and one that
    // mixes Latin with Cyrillic or Greek letters may be posing as another site ("аpple.com"
    // with a Cyrillic а): shown as stored, as browsers show such names.
    return shown.split('.').some((label) => label === '' || mixesScripts(label)) ? site : shown;
  } catch {
    return site; // not valid Punycode: show it as stored
  }
}
