import { vi } from 'vitest';

/** happy-dom has no CSS Custom Highlight API nor StaticRange: a Set per highlight, and a range's
 * four fields, are all the mark registry and these tests read. Undone by vi.unstubAllGlobals(). */
export function stubHighlightApi(): void {
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
}
