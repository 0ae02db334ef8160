// The focus ring of every PaperLens surface (card.css's --pl-focus) against the backgrounds it is
// drawn on: WCAG 1.4.11 asks 3:1 of a focus indicator. axe-core does not check focus rings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Read from disk: Vitest empties CSS imports, ?raw ones too (see vitest.config.ts).
const CARD_CSS = readFileSync(join(import.meta.dirname, '../../../components/card.css'), 'utf8');

type Rgba = [number, number, number, number];

/** The light and dark values of a `--name: light-dark(a, b)` declaration of card.css. */
function pair(name: string): [string, string] {
  const m = new RegExp(`${name}:[^;]*?light-dark\\(((?:[^(),]|\\([^)]*\\))+),\\s*((?:[^(),]|\\([^)]*\\))+)\\)`).exec(
    CARD_CSS,
  );
  if (!m) throw new Error(`card.css has no light-dark() pair for ${name}`);
  return [(m[1] as string).trim(), (m[2] as string).trim()];
}

function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex) return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(colour)?.[1]?.split(',').map(Number);
  if (rgba && rgba.length >= 3) return [rgba[0], rgba[1], rgba[2], rgba[3] ?? 1] as Rgba;
  throw new Error(`not a colour: ${colour}`);
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const over = ([r, g, b, a]: Rgba, bg: Rgba): Rgba => [
  r * a + bg[0] * (1 - a),
  g * a + bg[1] * (1 - a),
  b * a + bg[2] * (1 - a),
  1,
];
const contrast = (x: Rgba, y: Rgba) => {
  const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('focus ring', () => {
  const ring = pair('--pl-focus');
  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)('has 3:1 against every background it is drawn on, in %s mode', (_scheme, i) => {
    const colour = parse(ring[i]);
    for (const background of ['--pl-bg', '--pl-bg-soft', '--pl-accent-soft']) {
      const bg = parse(pair(background)[i]);
      expect(contrast(over(colour, bg), bg), background).toBeGreaterThanOrEqual(3);
    }
  });
});
