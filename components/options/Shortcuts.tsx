import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Section } from './Section';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

const FALLBACK: Record<string, string> = { _execute_action: 'Open PaperLens' };
const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

export function Shortcuts() {
  const [commands, setCommands] = useState<Command[]>([]);

  useEffect(() => {
    void browser.commands.getAll().then((all) =>
      setCommands(
        all.map((c) => ({
          name: c.name ?? '',
          description: c.description || FALLBACK[c.name ?? ''] || (c.name ?? ''),
          shortcut: c.shortcut ?? '',
        })),
      ),
    );
  }, []);

  const openShortcuts = () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

  return (
    <Section id="shortcuts" title="Keyboard shortcuts" intro="They work on any page, with PaperLens closed.">
      <ul class="pl-opt-list" aria-label="Keyboard shortcuts">
        {commands.map((c) => (
          <li key={c.name} class="pl-opt-item" data-command={c.name}>
            <span class="pl-opt-command">{c.description}</span>
            {c.shortcut ? <kbd class="pl-opt-kbd">{c.shortcut}</kbd> : <span class="pl-opt-muted">Not set</span>}
          </li>
        ))}
      </ul>
      <p class="pl-opt-hint">
        {IS_FIREFOX ? (
          'To change them, open about:addons, choose the gear menu and then “Manage Extension Shortcuts”.'
        ) : (
          <>
            To change them, open{' '}
            <button type="button" class="pl-opt-link" onClick={openShortcuts}>
              chrome://extensions/shortcuts
            </button>
            .
          </>
        )}
      </p>
      <p class="pl-opt-hint">Right-click selected text to find matching papers, or a paper link to save it.</p>
    </Section>
  );
}
