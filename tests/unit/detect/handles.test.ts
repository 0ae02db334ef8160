import { describe, expect, it } from 'vitest';
import { detectInString } from './helpers';

const names = (text: string) => detectInString(text).map((m) => m.text);

describe('names in tags, handles, identifiers and addresses', () => {
  it.each([
    ['a hashtag', 'Follow for updates #LightGlue', []],
    ['a full-width hashtag sign', '＃LightGlue のデモ', []],
    ['a handle', 'cc @LightGlue and @XPrompt', []],
    ['a subreddit', 'crossposted from r/XPrompt today', []],
    ['a user', 'posted by /u/SuperGlue 3h ago', []],
    ['an identifier joined by _', 'posted by XPrompt_bot and LightGlue_v2', []],
    ['an address', 'Code: https://github.com/cvg/LightGlue (MIT)', []],
    ['an address without a scheme', 'see github.com/cvg/LightGlue for code', []],
    ['an address starting www.', 'at www.LightGlue.example/demo', []],
    // Kept: names in prose, after another name and a slash, in code, in brackets or quotes.
    ['two names with a slash', 'LightGlue/SuperGlue comparisons', ['LightGlue', 'SuperGlue']],
    ['a call in code', 'matcher = LightGlue(features="superpoint")', ['LightGlue']],
    ['a name in brackets', 'a fast matcher (LightGlue) and XPrompt.', ['LightGlue', 'XPrompt']],
    ['a repository by its owner', 'cvg/LightGlue on GitHub', ['LightGlue']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('takes no tag as evidence for a weak name next to it', () => {
    expect(names('Follow for updates #LightGlue #WARP')).toEqual([]);
    expect(names('#LightGlue and WARP')).toEqual([]);
  });

  it('leaves titles alone: a title is too long to be a tag', () => {
    expect(names('#reading LightGlue: Local Feature Matching at Light Speed')).toEqual([
      'LightGlue: Local Feature Matching at Light Speed',
    ]);
  });
});
