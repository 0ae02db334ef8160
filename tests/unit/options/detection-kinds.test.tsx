import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetectionSection } from '../../../components/options/DetectionSection';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

afterEach(() => render(null, document.body));

describe('detection kinds', () => {
  it('says what the Links switch turns off: every paper site the detector knows and identifiers written in the text', () => {
    render(<DetectionSection settings={DEFAULT_SETTINGS} update={vi.fn()} />, document.body);
    const row = document.querySelector('input[name="detect-links"]')?.closest('.pl-opt-row, label, div');
    const hint = row?.textContent ?? '';
    for (const site of ['arXiv', 'alphaXiv', 'Hugging Face', 'DOI', 'ACL Anthology', 'OpenReview']) {
      expect(hint).toContain(site);
    }
    // The switch also stops "arXiv:2210.04457" and "doi:10.…" in plain text being marked.
    expect(hint).toMatch(/arXiv:\d{4}\.\d{4,5}/);
  });
});
