import type { DetectorSetup, PaperCount } from '../messages/contract';
import { isExtensionGone } from '../messages/transport';
import { LateHosts } from './late-hosts';
import { MarkRegistry } from './marks';
import { type ChangeBatch, type ChangeObserver, observeChanges } from './observer';
import { PageScanner, type ScannerDeps } from './scanner';
import { MarkStyles } from './styles';

export interface SessionDeps {
  doc: Document;
  scanTexts: ScannerDeps['scanTexts'];
  resolveLinks: ScannerDeps['resolveLinks'];
  report(papers: PaperCount[]): void;
  /** Cancellation: aborted when the content script is invalidated (extension reload, update). */
  signal: AbortSignal;
  /** The extension went away under this page (a message failed with "Extension context
   * invalidated"): WXT notices only when a new content script starts, which MV3 does not do in
   * tabs already open, so the session says so itself and the owner stops everything. */
  onExtensionGone(): void;
}

/**
 * Everything PaperLens does on one page: the first scan, rescans of changed parts (one shared,
 * batched MutationObserver), SPA navigations, marks and the report of what was found.
 */
export class PageSession {
  readonly registry: MarkRegistry;
  private scanner: PageScanner;
  private scanAbort = new AbortController();
  private queue: Promise<void> = Promise.resolve();
  private lastReport = '';
  private disposers: Array<() => void> = [];
  private observer: ChangeObserver | null = null;
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  private readonly lateHosts = new LateHosts((root) => {
    this.watchShadowRoot(root);
    this.enqueue([root]);
  });
  private state: DetectorSetup;

  constructor(
    private readonly deps: SessionDeps,
    setup: DetectorSetup,
  ) {
    this.state = setup;
    const { settings } = setup;
    // A quiet site keeps its marks undrawn (badge only). Drawn marks get their styles checked (and
    // added if need be) with the first mark in the page or in a shadow root (see styles.ts).
    const styles = new MarkStyles();
    this.disposers.push(() => styles.dispose());
    this.registry = new MarkRegistry((scope, at) => {
      styles.ensure(scope, at);
      this.marked();
    }, setup.mode !== 'quiet');
    this.scanner = new PageScanner({
      registry: this.registry,
      scanTexts: deps.scanTexts,
      resolveLinks: deps.resolveLinks,
      kinds: settings.detect,
      onShadowRoot: (root) => this.watchShadowRoot(root),
      onUndefinedHosts: (hosts) => this.lateHosts.add(hosts),
    });
    // No report yet: the first scan's says what the page holds (the background cleared the tab
    // when it began loading), one message where an empty report first made two.
    this.registry.setState(new Set(setup.saved), new Set(setup.dismissed));
    deps.signal.addEventListener('abort', () => this.dispose());
  }

  get quiet(): boolean {
    return this.state.mode === 'quiet';
  }

  private waitingForMarks: Array<() => void> = [];

  /** Calls `then` once a mark is drawn on the page (in a microtask, after the answer that drew it
   * is in), or soon if one is (unless `next`: the next answer's marks, as a page that renders its
   * text again makes new ones); never after `signal` aborts. On the many pages without papers,
   * what waits here (the popover's listeners) is never set up. */
  whenMarked(then: () => void, signal: AbortSignal, { next = false } = {}): void {
    const run = () => queueMicrotask(() => signal.aborted || then());
    if (next || this.registry.isEmpty || this.quiet) this.waitingForMarks.push(run);
    else run();
  }

  private marked(): void {
    const waiting = this.waitingForMarks;
    this.waitingForMarks = [];
    for (const run of waiting) run();
  }

  start(): void {
    const { doc } = this.deps;
    this.enqueue([doc.body]);
    const observer = observeChanges(doc.body, (batch) => this.onChanges(batch), {
      onTextEdited: (text, oldData) => this.registry.unpaintOn(text, oldData),
      dropLostMarks: () => this.registry.pruneDisconnected(),
    });
    observer.observeBodySwaps(doc.documentElement);
    this.observer = observer;
    this.disposers.push(
      () => observer.dispose(),
      () => this.lateHosts.dispose(),
    );
    // Back or Forward to a page kept in the back/forward cache: the background cleared the tab as
    // it began loading, but no script of the page runs again, so the report is made again here.
    const view = doc.defaultView;
    const onShow = (event: Event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      this.lastReport = '';
      this.report();
    };
    view?.addEventListener('pageshow', onShow);
    this.disposers.push(() => view?.removeEventListener('pageshow', onShow));
  }

  /** A web component's shadow tree: its changes are watched (its marks are styled like the
   * page's, by the registry's first mark there). */
  private watchShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.observer?.observe(root);
  }

  /** Saved state, dismissals or settings changed elsewhere: restyle without rescanning. */
  applyState(state: Pick<DetectorSetup, 'saved' | 'dismissed'>): void {
    this.state = { ...this.state, ...state };
    this.registry.setState(new Set(state.saved), new Set(state.dismissed));
    this.report();
  }

  /** An SPA navigated: the page is a new document as far as the reader is concerned. */
  restart(): void {
    this.scanAbort.abort();
    this.scanAbort = new AbortController();
    this.registry.clear();
    this.scanner.reset();
    this.lastReport = '';
    this.report();
    this.enqueue([this.deps.doc.body]);
  }

  private onChanges({ roots, removed, cleared }: ChangeBatch): void {
    let changed = cleared.length > 0 && this.scanner.forgetWithin(new Set(cleared));
    if (removed) {
      this.scanner.pruneDisconnected();
      changed = this.registry.pruneDisconnected() || changed;
    }
    // A rescan reports when it ends: reporting now would send the counts without the marks the
    // rescan is about to place again (a re-rendered block), and the badge would blink.
    if (changed && roots.length === 0) this.report();
    if (roots.length) this.enqueue(roots, true);
  }

  /** Scans `roots` after the scans queued before; `rescan`: they changed since the page's scan.
   * A scan with a failed request (the worker stopped mid-request) is queued once more, as a
   * rescan: the blocks of that request would otherwise wait for the page to change there. */
  private enqueue(roots: Node[], rescan = false, retry = true): void {
    const signal = this.scanAbort.signal;
    this.queue = this.queue
      .then(async () => {
        if (signal.aborted || this.deps.signal.aborted) return;
        try {
          await this.scanner.scan(roots, signal, rescan);
        } finally {
          // A failed request (the worker stopped) loses its batch's marks, not the others': the
          // badge says what the page shows either way.
          this.registry.pruneDisconnected();
          if (!this.deps.signal.aborted) this.report();
        }
      })
      .catch((error) => {
        if (this.deps.signal.aborted) return;
        if (isExtensionGone(error)) this.deps.onExtensionGone();
        else if (retry && !signal.aborted) this.enqueue(roots, true, false);
        else console.warn('PaperLens: scanning failed', error);
      });
  }

  private report(): void {
    const papers = [...this.registry.counts()].map(([paperId, count]) => ({ paperId, count }));
    const key = JSON.stringify(papers);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.deps.report(papers);
  }

  /** Resolves when every scan queued so far has finished (tests and benchmarks wait on it). */
  idle(): Promise<void> {
    return this.queue;
  }

  dispose(): void {
    this.scanAbort.abort();
    for (const dispose of this.disposers.splice(0)) dispose();
    this.registry.dispose();
  }
}
