import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppearanceSection } from '../../../components/options/DetectionSection';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, migrateSettings } from '../../../lib/settings/settings';

afterEach(() => render(null, document.body));

describe('hover delay slider', () => {
  it('spans the range settings and backups accept', () => {
    const update = vi.fn();
    render(<AppearanceSection settings={{ ...DEFAULT_SETTINGS, hoverDelay: 1800 }} update={update} />, document.body);
    const slider = document.querySelector<HTMLInputElement>('input[name="hover-delay"]');
    expect(slider && [Number(slider.min), Number(slider.max)]).toEqual([HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max]);
    expect(migrateSettings({ hoverDelay: HOVER_DELAY_RANGE.max }).hoverDelay).toBe(HOVER_DELAY_RANGE.max);
    // A stored 1800 ms shows as 1800, not pinned to the end of a shorter slider.
    expect(slider?.value).toBe('1800');
    expect(document.querySelector('output')?.textContent).toBe('1800 ms');
  });
});
