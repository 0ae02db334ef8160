import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LateHosts } from '../../../lib/page/late-hosts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LateHosts', () => {
  it('hands over the shadow root a custom element attaches once its code loads, then stops', () => {
    document.body.innerHTML = '<late-card></late-card><plain-widget></plain-widget><gone-card></gone-card>';
    const [card, plain, gone] = ['late-card', 'plain-widget', 'gone-card'].map(
      (name) => document.querySelector(name) as HTMLElement,
    );
    const found: ShadowRoot[] = [];
    const hosts = new LateHosts((root) => found.push(root));
    hosts.add([card as HTMLElement, plain as HTMLElement, gone as HTMLElement]);
    vi.advanceTimersByTime(500);
    expect(found).toEqual([]);
    // Lazy-loaded component code: one element gets a shadow root, one is defined without any,
    // one is removed.
    const shadow = (card as HTMLElement).attachShadow({ mode: 'open' });
    customElements.define('plain-widget', class extends HTMLElement {});
    gone?.remove();
    vi.advanceTimersByTime(2000);
    expect(found).toEqual([shadow]);
    vi.advanceTimersByTime(60_000);
    expect(found).toEqual([shadow]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after its last check, and disposes cleanly', () => {
    document.body.innerHTML = '<never-defined></never-defined>';
    const found: ShadowRoot[] = [];
    const hosts = new LateHosts((root) => found.push(root));
    hosts.add([document.querySelector('never-defined') as HTMLElement]);
    vi.advanceTimersByTime(30_000);
    expect(vi.getTimerCount()).toBe(0);
    hosts.add([document.querySelector('never-defined') as HTMLElement]);
    hosts.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(found).toEqual([]);
  });
});
