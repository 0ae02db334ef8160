// Sites as people write them. Rules and hidden papers are kept under the ASCII form pages report
// as their hostname ("xn--bcher-kva.de", see normalizePattern), but shown as "bücher.de".
// Decoding Punycode (RFC 3492) is the punycode package's job: the browser has no API for it.
import { toUnicode } from 'punycode';

/** "xn--bcher-kva.de" -> "bücher.de", "*.xn--bcher-kva.de" -> "*.bücher.de"; other text as it is. */
export function siteForDisplay(site: string): string {
  if (!site.includes('xn--')) return site;
  try {
    const shown = toUnicode(site);
    // A label that decodes to nothing ("xn--") is not an internationalised name.
    return shown.split('.').includes('') ? site : shown;
  } catch {
    return site; // not valid Punycode: show it as stored
  }
}
