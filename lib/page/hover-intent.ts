// When to open and close the popover. Opening waits for the pointer to rest (so sweeping across
// a paragraph opens nothing); closing waits a little so the pointer can travel from the mention
// into the popover, which keeps it open.

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  open(target: T): void;
  close(): void;
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

  /** The pointer moved; `target` is the mention under it, or null. */
  pointerAt(target: T | null): void {
    if (this.inPopover) return;
    if (target !== null && target === this.shown) {
      this.clearClose();
      this.clearOpen();
      return;
    }
    if (target !== this.pending) {
      this.clearOpen();
      this.pending = target;
      if (target !== null) {
        this.openTimer = setTimeout(() => this.show(target), this.options.openDelay);
      }
    }
    if (this.shown !== null && target !== this.shown && !this.pinned) this.scheduleClose();
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
      this.hide();
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
