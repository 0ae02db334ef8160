export type TabKey = 'search' | 'page' | 'lists';

// What a tab's count counts, for a screen reader ("Lists 6" says nothing of what 6 is).
const COUNTED: Partial<Record<TabKey, [string, string]>> = { lists: ['saved paper', 'saved papers'] };

const TABS: Array<[TabKey, string]> = [
  ['search', 'Search'],
  ['page', 'On this page'],
  ['lists', 'Lists'],
];

export const tabId = (key: TabKey) => `pp-tab-${key}`;

interface Props {
  current: TabKey;
  counts: Partial<Record<TabKey, number>>;
  onSelect(key: TabKey): void;
}

/** The segmented control at the top: a tablist with arrow-key navigation (automatic activation). */
export function Tabs({ current, counts, onSelect }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex(([key]) => key === current);
    const next =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? 2 : -9;
    if (next === -9) return;
    e.preventDefault();
    const [key] = TABS[(next + TABS.length) % TABS.length] ?? TABS[0] ?? ['search'];
    onSelect(key);
    document.getElementById(tabId(key))?.focus();
  };
  return (
    <div class="pp-tabs" role="tablist" aria-label="PaperLens views" onKeyDown={onKeyDown}>
      {TABS.map(([key, label]) => {
        const count = counts[key];
        return (
          <button
            key={key}
            id={tabId(key)}
            type="button"
            role="tab"
            class="pp-tab"
            aria-selected={key === current}
            aria-controls="pp-panel"
            tabIndex={key === current ? 0 : -1}
            onClick={() => onSelect(key)}
          >
            {label}
            {count !== undefined && count > 0 && (
              // Seen, the number could be read as the number of lists: the tooltip says what it counts.
              <span class="pp-tab-count" title={`${count} ${COUNTED[key]?.[count === 1 ? 0 : 1] ?? ''}`.trim()}>
                {count}
                <span class="pl-visually-hidden"> {COUNTED[key]?.[count === 1 ? 0 : 1]}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
