// Web components defined after the page loaded (lazy-loaded component code): when the walk passed
// them they were undefined custom elements with no shadow root yet, and attaching one later is
// no change a MutationObserver sees. They are checked again a few times, with growing delays.

const DELAYS_MS = [500, 2000, 6000, 15000];

export class LateHosts {
  private readonly pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private round = 0;

  /** `onShadowRoot` gets each shadow root that appears on a watched element. */
  constructor(private readonly onShadowRoot: (root: ShadowRoot) => void) {}

  /** Undefined custom elements the walk passed; the back-off restarts for them. */
  add(hosts: readonly Element[]): void {
    if (hosts.length === 0) return;
    for (const host of hosts) this.pending.add(host);
    this.round = 0;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private schedule(): void {
    const delay = DELAYS_MS[this.round];
    if (delay === undefined || this.pending.size === 0) {
      this.pending.clear();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.round++;
      this.check();
      this.schedule();
    }, delay);
  }

  private check(): void {
    for (const host of this.pending) {
      const shadow = host.isConnected ? host.shadowRoot : null;
      if (shadow) this.onShadowRoot(shadow);
      // Gone, given a shadow root, or defined without one (a light-DOM component): done with it.
      if (!host.isConnected || shadow || host.matches(':defined')) this.pending.delete(host);
    }
  }
}
