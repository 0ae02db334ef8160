// When to open and close the popover. Opening waits for the pointer to rest (so sweeping across
// a paragraph opens nothing); closing waits a little so the pointer can travel from the mention
// into the popover, which keeps it open.

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  open(target: T): void;
  close(): void;
  /**
   * What stands for `target` under the pointer now, or null: asked when the open delay ends and
   * before a close. A page that renders its text again (React, every 100 ms on a live dashboard)
   * makes new marks for the same mention under a resting pointer, with moments of no mark between
   * them: the pointer's last word is not the last word. Without it, the pointer's word is.
   */
  resolve?(target: T): T | null;
  /** Whether two targets show the same thing (the same paper): one replaces the other in place. */
  same?(a: T, b: T): boolean;
  /** The shown target was replaced by the same thing made again: show it from there. */
  moved?(target: T): void;
}

export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | null = null;
  private shown: T | null = null;
  private inPopover = false;
  // Opened from the keyboard (or the popup): the pointer did not open it, so the pointer
  // resting elsewhere does not close it (scrolling the mention into view also moves the
  // pointer over the page). It closes on Escape, its close button, or another mention opening.
  private pinned = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  private same(a: T | null, b: T | null): boolean {
    return a !== null && b !== null && (a === b || (this.options.same?.(a, b) ?? false));
  }

  /** The pointer moved; `target` is the mention under it, or null. */
  pointerAt(target: T | null): void {
    if (this.inPopover) return;
    if (target !== null && this.same(target, this.shown)) {
      this.clearClose();
      this.clearOpen();
      this.pending = null;
      this.replace(target);
      return;
    }
    if (target !== null && this.same(target, this.pending)) {
      this.pending = target;
    } else if (target !== null || !this.options.resolve) {
      // Off every mention, a pending one still opens if `resolve` finds it under the pointer when
      // the delay ends (the page made it again meanwhile); without `resolve`, leaving cancels.
      this.clearOpen();
      this.pending = target;
      if (target !== null) this.openTimer = setTimeout(() => this.openPending(), this.options.openDelay);
    }
    if (this.shown !== null && !this.same(target, this.shown) && !this.pinned) this.scheduleClose();
  }

  private openPending(): void {
    this.openTimer = undefined;
    const pending = this.pending;
    const target = pending !== null && this.options.resolve ? this.options.resolve(pending) : pending;
    this.pending = null;
    if (target !== null) this.show(target);
  }

  /** The shown mention's text went from the page: it closes after the close delay unless the
   * same paper's mention is under the pointer by then (the page rendered it again). With the
   * pointer in the popover, it stays: the reader is reading it (see keep). */
  lost(): void {
    if (this.shown !== null && !this.inPopover) this.scheduleClose();
  }

  /** `target` stands for the shown mention now (made again by the page): it stays open there. */
  keep(target: T): void {
    if (!this.same(target, this.shown)) return;
    this.clearClose();
    this.replace(target);
  }

  private replace(target: T): void {
    if (target === this.shown) return;
    this.shown = target;
    this.options.moved?.(target);
  }

  popoverEnter(): void {
    this.inPopover = true;
    this.clearClose();
    this.clearOpen();
    this.pending = null;
  }

  popoverLeave(): void {
    this.inPopover = false;
    if (!this.pinned) this.scheduleClose();
  }

  /** Open at once; `pinned` (keyboard, "reveal" from the popup) keeps it open until dismissed. */
  show(target: T, pinned = false): void {
    this.clearOpen();
    this.clearClose();
    this.pending = null;
    this.shown = target;
    this.pinned = pinned;
    this.options.open(target);
  }

  hide(): void {
    this.clearOpen();
    this.clearClose();
    this.pending = null;
    this.inPopover = false;
    this.pinned = false;
    if (this.shown !== null) {
      this.shown = null;
      this.options.close();
    }
  }

  get current(): T | null {
    return this.shown;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      const again = this.shown !== null && this.options.resolve ? this.options.resolve(this.shown) : null;
      if (again !== null) this.replace(again);
      else this.hide();
    }, this.options.closeDelay);
  }

  private clearOpen(): void {
    if (this.openTimer !== undefined) clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private clearClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
