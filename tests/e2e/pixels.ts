// What a reader sees in a small part of a page: its pixels, decoded by the page's own canvas.
import type { Page } from 'playwright-core';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The RGBA pixels of `clip` on screen, row by row, and the strip's width in pixels. */
export async function pixelsAt(page: Page, clip: Clip): Promise<{ data: number[]; width: number }> {
  const shot = await page.screenshot({ clip });
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.drawImage(img, 0, 0);
    return { data: [...g.getImageData(0, 0, img.width, img.height).data], width: img.width };
  }, shot.toString('base64'));
}

/** How many of `data`'s pixels are a mark's underline: its colour (76, 110, 245 at 0.75) over a
 * light page or a code block's grey is clearly more blue than red. */
export function underlinePixels(data: readonly number[]): number {
  let blue = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i + 2] as number) - (data[i] as number) > 60) blue++;
  return blue;
}
