import { useState } from 'preact/hooks';
import type { Paper } from '../lib/catalog/types';
// Not the barrel (lib/export/index.ts): it would bring the backup's schema into the content script.
import { toBibtexEntry } from '../lib/export/bibtex';
import { citationLine } from '../lib/export/citation';

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Some pages deny the async clipboard to extensions' shadow UIs; fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.documentElement.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export function CopyButtons({ paper }: { paper: Paper }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (label: string, text: string) => {
    await copyText(text);
    setCopied(label);
    setTimeout(() => setCopied(null), 1500);
  };
  return (
    <div class="pl-row pl-copy">
      <button type="button" class="pl-button" onClick={() => copy('BibTeX', toBibtexEntry(paper))}>
        Copy BibTeX
      </button>
      <button type="button" class="pl-button" onClick={() => copy('Citation', citationLine(paper))}>
        Copy citation
      </button>
      <span class="pl-status-text" role="status" aria-live="polite">
        {copied ? `${copied} copied` : ''}
      </span>
    </div>
  );
}
