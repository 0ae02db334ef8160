import { describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseColor } from '../../../lib/page/page-theme';

describe('parseColor and luminance', () => {
  it.each([
    ['rgb(30, 30, 30)', [30, 30, 30, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(30 30 30 / 0.5)', [30, 30, 30, 0.5]],
    ['rgb(30 30 30 / 50%)', [30, 30, 30, 0.5]],
    ['transparent', null],
    ['color(srgb 1 0 0)', null],
    ['#111', [17, 17, 17, 1]],
    ['#0d111780', [13, 17, 23, 128 / 255]],
  ])('%s', (css, expected) => {
    expect(parseColor(css)).toEqual(expected);
  });

  it('runs from black to white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([30, 30, 30])).toBeLessThan(0.18);
    expect(luminance([246, 247, 249])).toBeGreaterThan(0.18);
  });
});

describe('pageTheme', () => {
  const textIn = (html: string, rootStyle = '') => {
    document.documentElement.setAttribute('style', rootStyle);
    document.body.innerHTML = html;
    return document.getElementById('here')?.firstChild ?? null;
  };

  it.each([
    ['a dark blog', '<main style="background-color: #111"><p><em id="here">LightGlue</em></p></main>', '', 'dark'],
    ['a light page', '<main style="background-color: #f6f7f9"><p id="here">LightGlue</p></main>', '', 'light'],
    // A faint tint is no background: the one under it is.
    [
      'a tinted note on a dark page',
      '<main style="background-color: rgb(20, 20, 24)"><p style="background-color: rgba(255, 255, 255, 0.08)" id="here">H3</p></main>',
      '',
      'dark',
    ],
    [
      'a page painted with a dark gradient',
      '<main style="background-image: linear-gradient(rgb(13, 17, 23), rgb(22, 27, 34))"><p id="here">H3</p></main>',
      '',
      'dark',
    ],
    [
      'a dark box on a light page',
      '<pre style="background-color: #1e1e1e"><code id="here">H3</code></pre>',
      '',
      'dark',
    ],
    // No background at all: the canvas, white unless the page lets the browser darken it.
    ['no background', '<p id="here">H3</p>', '', 'light'],
    ['no background, color-scheme: light dark', '<p id="here">H3</p>', 'color-scheme: light dark', 'auto'],
    ['no background, color-scheme: dark', '<p id="here">H3</p>', 'color-scheme: dark', 'dark'],
  ])('%s', (_name, html, rootStyle, expected) => {
    expect(pageTheme(textIn(html, rootStyle))).toBe(expected);
  });

  it('looks past a background too small to sit on (a button, a chip), not past a block', () => {
    document.documentElement.removeAttribute('style');
    document.body.innerHTML =
      '<main style="background-color: #ffffff">' +
      '<a id="button" style="background-color: #111">TRY <b id="cta">WARP</b> FREE</a>' +
      '<pre id="code" style="background-color: #1e1e1e"><code id="snippet">H3</code></pre></main>';
    const box = (id: string, width: number, height: number) => {
      const el = document.getElementById(id) as HTMLElement;
      el.getBoundingClientRect = () => ({ width, height }) as DOMRect;
    };
    box('button', 140, 36);
    box('code', 640, 120);
    expect(pageTheme(document.getElementById('cta')?.firstChild ?? null)).toBe('light');
    expect(pageTheme(document.getElementById('snippet')?.firstChild ?? null)).toBe('dark');
  });

  it('goes up through a shadow host', () => {
    document.documentElement.removeAttribute('style');
    document.body.innerHTML = '<div id="host" style="background-color: #0d1117"></div>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>SuperGlue</p>';
    expect(pageTheme(shadow.querySelector('p')?.firstChild ?? null)).toBe('dark');
  });
});
