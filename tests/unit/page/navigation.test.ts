import { describe, expect, it } from 'vitest';
import { isNewPage } from '../../../lib/page/navigation';

describe('isNewPage', () => {
  it.each([
    ['https://a.org/post', 'https://a.org/post#results', false],
    ['https://a.org/post#section-2', 'https://a.org/post#section-3', false],
    ['https://a.org/post#top', 'https://a.org/post', false],
    ['https://a.org/post?q=1#x', 'https://a.org/post?q=1#y', false],
    ['https://a.org/post', 'https://a.org/other', true],
    ['https://a.org/list?page=1', 'https://a.org/list?page=2', true],
    ['https://a.org/post#x', 'https://a.org/other#x', true],
    ['https://a.org/app#/inbox', 'https://a.org/app#/sent', true],
    ['https://a.org/app#!/inbox', 'https://a.org/app#!/sent', true],
    ['https://a.org/app', 'https://a.org/app#/inbox', true],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(isNewPage(from, to)).toBe(expected);
  });
});
