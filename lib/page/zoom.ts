/**
 * A page may set CSS `zoom` on <html>; the popover host (a child of <html>, see hover.tsx) inherits
 * it, which scales the popover and puts its fixed position off by the same factor (anchor rects are
 * in viewport pixels). A zoom on <body> no longer reaches the host.
 * The host undoes it: its shadow CSS reads `zoom: var(--pl-unzoom)` (a plain inline zoom would lose
 * to the shadow root's `all: initial !important` reset, which custom properties survive).
 * `currentCSSZoom`: Chrome 128+, Firefox 126+.
 */
export function undoPageZoom(host: HTMLElement): void {
  const parent = host.parentElement as (HTMLElement & { currentCSSZoom?: number }) | null;
  const zoom = parent?.currentCSSZoom ?? 1;
  const wanted = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
  if (host.style.getPropertyValue('--pl-unzoom') === wanted) return;
  if (wanted) host.style.setProperty('--pl-unzoom', wanted);
  else host.style.removeProperty('--pl-unzoom');
}
