import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tabStateKey } from '../../lib/background/tab-state';
import { send, sendToTab } from '../../lib/messages/client';
import type { ListsOverview, PagePaper } from '../../lib/messages/contract';
import { siteForDisplay } from '../../lib/settings/site-display';
import { groupByPaper } from './entryInfo';
import { PaperRow, placesText } from './PaperRow';
import { PauseSwitch } from './PauseSwitch';
import { SaveAll } from './SaveAll';
import { TabPaper } from './TabPaper';
import { tabPaperOf } from './tabPaper';
import { useActiveTab } from './useActiveTab';
import type { CatalogData } from './usePopupData';
import { useSiteMode } from './useSiteMode';

interface Props {
  catalog: CatalogData | null;
  overview: ListsOverview | null;
  /** Opens a paper's details in the popup. */
  onOpen(paperId: string): void;
  onChanged(): Promise<void>;
}

/** Why a paper the page names cannot be shown there: the site is quiet (counted, never marked),
 * or its mentions are hidden (a closed menu, a hidden tab). */
function unshownText(info: { site: string; mode: string } | null): string {
  if (info?.mode === 'quiet')
    return `PaperLens is quiet on ${siteForDisplay(info.site)}: it counts papers there but marks none, so it cannot show where this one is. Settings → Sites changes that.`;
  return 'That paper is only in a hidden part of the page right now (a closed menu or tab).';
}

/** The papers detected in the active tab, most-mentioned first. */
export function PageView({ catalog, overview, onOpen, onChanged }: Props) {
  const { tabId, explicit, url, visit } = useActiveTab();
  const tab = tabPaperOf(catalog, url);
  const site = useSiteMode(tabId, visit);
  const [counts, setCounts] = useState<PagePaper[] | null>(null);
  /** What the last click on a paper could not do: a notice, or an error. */
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const pauseInput = useRef<HTMLInputElement>(null);
  /** Which of a paper's frames its row's next click asks first. */
  const frameTurn = useRef(new Map<string, number>());
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return setCounts([]);
    const load = () =>
      send('page/papers', { tabId })
        .then(setCounts)
        .catch(() => setCounts([]));
    void load();
    // Stay current while open: pausing the site, or the page adding mentions, changes the tab's
    // results in storage.session after the content script reports.
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, unknown>) => {
      if (key in changes) void load();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, [tabId]);

  const reveal = async (paperId: string) => {
    if (tabId == null) return;
    // The last click's message goes: said again, it is news again.
    setMessage(null);
    try {
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      // The page first, then each iframe that mentions it, in turn as the row is clicked again
      // (each frame steps through its own mentions); one with none in view passes to the next.
      const frames = counts?.find((c) => c.paperId === paperId)?.frames ?? [0];
      const first = frameTurn.current.get(paperId) ?? 0;
      let shown = false;
      for (let i = 0; i < frames.length && !shown; i++) {
        const at = (first + i) % frames.length;
        shown = await sendToTab(tabId, 'tab/reveal', { paperId }, { frameId: frames[at] ?? 0 });
        if (shown) frameTurn.current.set(paperId, (at + 1) % frames.length);
      }
      if (!shown) setMessage({ text: unshownText(site.info), error: false });
      else if (!explicit) window.close();
    } catch {
      setMessage({ text: 'The page is not reachable any more: reload it and try again.', error: true });
    }
  };

  const papers = (counts ?? []).flatMap((c) => {
    const paper = catalog?.papers.get(c.paperId);
    return paper ? [{ paper, count: c.count }] : [];
  });
  const saved = groupByPaper(overview?.entries ?? []);
  const listNames = new Map((overview?.lists ?? []).map((l) => [l.id, l.name]));
  const savedIn = (paperId: string) => (saved.get(paperId) ?? []).map((e) => listNames.get(e.listId) ?? '');
  const tabPaper = tab.paper;
  // Without papers, whether the page can be read at all decides what to say: wait for it.
  if (counts === null || !catalog || (papers.length === 0 && site.reachable === null))
    return <p class="pp-muted pp-pad">Looking at this page…</p>;
  const total = papers.reduce((n, p) => n + p.count, 0);
  // The pause switch stays in one place whatever is shown under it, so it keeps focus when it is
  // toggled and does not jump; Resume gives focus back to it.
  const resume = async () => {
    await site.setPaused(false);
    pauseInput.current?.focus();
  };
  if (papers.length === 0) {
    return (
      <section class="pp-page" aria-label="On this page">
        <PauseSwitch site={site} inputRef={pauseInput} />
        {site.info?.mode === 'off' ? (
          // Paused, PaperLens does not look at the page: "no papers" would be a guess.
          <div class="pp-empty">
            <p class="pp-empty-title">PaperLens is paused on {siteForDisplay(site.info.site)}</p>
            <p>It does not look for papers on this site until you resume it.</p>
            <button type="button" class="pl-button pl-primary" onClick={() => void resume()}>
              Resume on {siteForDisplay(site.info.site)}
            </button>
          </div>
        ) : tabPaper ? (
          <TabPaper
            paper={tabPaper}
            pdf={tab.pdf}
            savedIn={savedIn(tabPaper.id)}
            lists={overview?.lists ?? []}
            entries={overview?.entries ?? []}
            onOpen={onOpen}
            onSaved={onChanged}
          />
        ) : site.reachable === false ? (
          // No content script answers: "no papers" would be a guess here too.
          <div class="pp-empty">
            <p class="pp-empty-title">PaperLens cannot read this page</p>
            <p>
              Browser pages, the extension store and PDFs the browser shows are closed to extensions. A page opened
              before PaperLens was installed or updated is read once it is reloaded.
            </p>
          </div>
        ) : (
          <div class="pp-empty">
            <p class="pp-empty-title">No papers found on this page</p>
            <p>PaperLens marks papers it recognises as you browse. Try a blog post, a paper list or a README.</p>
          </div>
        )}
      </section>
    );
  }
  return (
    <section class="pp-page" aria-labelledby="pp-page-heading">
      <PauseSwitch site={site} inputRef={pauseInput} />
      <div class="pp-page-head">
        <h2 id="pp-page-heading" class="pp-h2">
          {papers.length} paper{papers.length === 1 ? '' : 's'} on this page
        </h2>
        <span
          class="pp-muted pp-small"
          title="A paragraph, list item or cell counts once, however often it names a paper"
        >
          in {placesText(total)}
        </span>
      </div>
      <SaveAll
        paperIds={papers.map((p) => p.paper.id)}
        lists={overview?.lists ?? []}
        entries={overview?.entries ?? []}
        onSaved={onChanged}
      />
      {/* The status region is there, empty, before its first message: a live region added with its
          text already in it is not announced by every screen reader. An error is an alert of its
          own, added when it comes. Empty, the region takes no room. */}
      <div role="status" class="pp-pinned">
        {message && !message.error && <p class="pp-notice">{message.text}</p>}
      </div>
      {message?.error && (
        <p class="pp-warning pp-pinned" role="alert">
          {message.text}
        </p>
      )}
      <ul class="pp-page-list">
        {papers.map(({ paper, count }) => (
          <li key={paper.id}>
            <PaperRow paper={paper} savedIn={savedIn(paper.id)} count={count} onClick={() => reveal(paper.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
