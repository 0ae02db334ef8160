import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/card.css?inline';
import popoverCss from '../../components/popover.css?inline';
import { UI_HOST_TAG } from '../../lib/page/skip';

// The host must not take part in the page's layout, whatever the page's CSS says: its own
// !important :host rules win over the page's (shadow-scoped important declarations win).
const HOST_CSS = `:host { position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: none !important;
  zoom: var(--pl-unzoom, 1) !important; }`;

/** PaperLens's one element in the page: a shadow root for the popover and its notices, made
 * when first needed, gone when `signal` aborts. */
export function uiHost(ctx: ContentScriptContext, signal: AbortSignal) {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let ready: Promise<ShadowRootContentScriptUi<void>> | null = null;
  return {
    /** The host, once it is in the page. */
    get current(): ShadowRootContentScriptUi<void> | null {
      return ui;
    },
    mount(): Promise<ShadowRootContentScriptUi<void>> {
      ready ??= createShadowRootUi(ctx, {
        name: UI_HOST_TAG,
        position: 'inline',
        // After <body>, in <html>: a body with a transform, filter, will-change, contain or
        // backdrop-filter becomes the containing block of position:fixed descendants, and the
        // popover (placed in viewport coordinates) would land a scroll's height off screen. This
        // also leaves the body's markup exactly as the page wrote it.
        anchor: () => document.documentElement,
        append: 'last',
        css: `${HOST_CSS}\n${cardCss}\n${popoverCss}`,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: () => undefined,
      }).then((created) => {
        // Stopped while the host was being made (a change of settings restarted the content
        // script): it would stay in the page, empty, and the next start would add another.
        if (signal.aborted) return created;
        created.mount();
        ui = created;
        return created;
      });
      return ready;
    },
    remove(): void {
      ui?.remove();
      ui = null;
      ready = null;
    },
  };
}
