// A short name inside a hashtag, a handle, a subreddit's or a user's name, an identifier joined by
// "_", or an address is that tag, account, identifier or link, not a mention of the paper:
// "#LightGlue", "@LightGlue", "r/WebArena", "u/CooperBench", "WebArena_bot", "LightGlue_v2",
// "https://github.com/cvg/LightGlue". (A paper's own links are found as links: lib/detect/links.)
// A name after another with a slash ("LightGlue/SuperGlue") or in code ("LightGlue(") stays.
import type { Mention } from './types';

/** A hashtag's or a handle's sign, right before the name. */
const TAG_SIGN = /[#＃@＠]$/u;
/** What a Reddit name starts with: "r/", "/r/", "u/", "/u/". */
const REDDIT = /^\/?[ru]\/$/u;
/** An address: a scheme, "www.", or a domain and a path ("github.com/cvg/"). */
const ADDRESS = /:\/\/|^www\.|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\//iu;

/** Is short-name mention `m` part of a tag, a handle, an identifier or an address in `text`? */
export function inHandleOrAddress(m: Mention, text: string): boolean {
  if (m.kind !== 'short') return false;
  const before = text.slice(Math.max(0, m.start - 300), m.start);
  if (TAG_SIGN.test(before) || before.endsWith('_') || text[m.end] === '_') return true;
  // The rest of its word before it: "r/", "github.com/cvg/".
  const word = /\S*$/u.exec(before)?.[0] ?? '';
  return word !== '' && (REDDIT.test(word) || ADDRESS.test(word));
}
