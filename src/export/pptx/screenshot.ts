import type { Page } from 'playwright-core';
import type { Box } from './measured.ts';

/** How much sharper than the canvas a picture's PNG fallback is. */
export const PNG_SCALE = 2;

/**
 * PNGs of parts of a loaded page, at twice the canvas resolution, by page coordinates (they may
 * lie below the fold: reveal.js's print view stacks every slide).
 */
export async function screenshots(page: Page, boxes: readonly Box[]): Promise<Uint8Array[]> {
  if (boxes.length === 0) return [];
  const session = await page.context().newCDPSession(page);
  try {
    const pngs: Uint8Array[] = [];
    for (const box of boxes) {
      const { data } = await session.send('Page.captureScreenshot', {
        format: 'png',
        clip: { x: box.x, y: box.y, width: box.w, height: box.h, scale: PNG_SCALE },
        captureBeyondViewport: true,
      });
      pngs.push(Buffer.from(data, 'base64'));
    }
    return pngs;
  } finally {
    await session.detach();
  }
}
