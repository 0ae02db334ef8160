// The popover's theme on "Auto": the page's, where the page says it. A white card over a dark
// blog (or a dark one over a white page, on a dark system) is the one thing on screen that does
// not belong; the popup and Settings have no page under them and follow the system.

export type ShownTheme = 'light' | 'dark' | 'auto';

/** "rgb(30, 30, 30)", "rgba(0, 0, 0, 0)", "rgb(30 30 30 / 0.5)": red, green, blue (0-255), alpha. */
export function parseColor(css: string): [number, number, number, number] | null {
  // Browsers give rgb(); hex too, as a style sheet writes it (and as some DOM implementations keep it).
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(css.trim())?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) as string[]);
    const [r, g, b, a = 255] = digits.map((d) => Number.parseInt(d, 16));
    return [r as number, g as number, b as number, (a as number) / 255];
  }
  const parts = /^rgba?\(([^)]*)\)$/
    .exec(css.trim())?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) return null;
  const [r, g, b, a = '1'] = parts;
  const alpha = a.endsWith('%') ? Number.parseFloat(a) / 100 : Number(a);
  const rgb = [r, g, b].map(Number);
  if (rgb.some((c) => !Number.isFinite(c)) || !Number.isFinite(alpha)) return null;
  return [rgb[0] as number, rgb[1] as number, rgb[2] as number, alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

// Where black and white text contrast alike with the background: darker is a dark page.
const DARK_BELOW = 0.18;

// A badge, a chip, a button, a ticker or an inline code span is too small to be what the popover
// sits on: the page around it shows under the card ("TRY WARP FREE" on a dark button in a white
// newsletter opened a dark card over white). An element not laid out (no box) is not judged by size.
const BACKDROP = { width: 240, height: 48 };
function tooSmallToSitOn(el: Element): boolean {
  const { width, height } = el.getBoundingClientRect();
  return width > 0 && (width < BACKDROP.width || height < BACKDROP.height);
}

/**
 * The theme of the page behind `from`: the first background at least half opaque on the way up
 * (through shadow hosts), or gradient, of an element big enough to sit on, dark or light by its
 * luminance. With none, the page shows the canvas: white, unless the page lets the browser darken
 * it: `color-scheme: dark`, or `light dark`, where the canvas follows the system and so does 'auto'.
 */
export function pageTheme(from: Node | null, view: Window = window): ShownTheme {
  const start =
    from && (from.nodeType === Node.ELEMENT_NODE ? (from as Element) : (from.parentElement ?? hostOf(from)));
  for (let el: Element | null = start; el; el = el.parentElement ?? hostOf(el)) {
    const style = view.getComputedStyle(el);
    const color = parseColor(style.backgroundColor);
    const painted = color !== null && color[3] >= 0.5;
    // A gradient painted over it ("linear-gradient(#0d1117, #161b22)"): its colours, on average.
    const stops = (style.backgroundImage.match(/rgba?\([^)]*\)/g) ?? [])
      .map(parseColor)
      .filter((c): c is [number, number, number, number] => c !== null && c[3] >= 0.5);
    if ((!painted && stops.length === 0) || tooSmallToSitOn(el)) continue;
    const shade = painted ? luminance(color) : stops.reduce((sum, c) => sum + luminance(c), 0) / stops.length;
    return shade < DARK_BELOW ? 'dark' : 'light';
  }
  const root = from?.ownerDocument?.documentElement;
  const scheme = (root && view.getComputedStyle(root).colorScheme) || '';
  if (!/\bdark\b/.test(scheme)) return 'light';
  return /\blight\b/.test(scheme) ? 'auto' : 'dark';
}

const hostOf = (node: Node): Element | null => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};
