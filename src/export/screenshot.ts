import type { Page } from 'puppeteer-core';
import { CANVAS } from '../constants.ts';

/** A part of the page, in CSS pixels from the page's top left corner. */
export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * PNGs of parts of a loaded page, at `scale` pixels per CSS pixel, by page coordinates (they lie
 * anywhere in reveal.js's print view, which stacks every slide). Each part is scrolled into a
 * canvas-sized window and captured there: quicker than capturing beyond the window, which
 * resizes the page for every capture. The window and scroll are put back afterwards.
 */
export async function screenshots(page: Page, boxes: readonly PageBox[], scale: number): Promise<Uint8Array[]> {
  if (boxes.length === 0) return [];
  const viewport = page.viewport();
  // The export's pages are canvas-sized already (see capture.ts); another page is resized and back.
  const resize = viewport?.width !== CANVAS.width || viewport.height !== CANVAS.height;
  // A page in the background draws no frames, so nothing could be captured: bring it forward.
  await page.bringToFront();
  const [scroll, session] = await Promise.all([page.evaluate(() => ({ x: scrollX, y: scrollY })), page.createCDPSession()]);
  try {
    if (resize) await page.setViewport({ width: CANVAS.width, height: CANVAS.height });
    const pngs: Uint8Array[] = [];
    for (const box of boxes) {
      // Scrolled, then two frames drawn: captured at once, a part of the window could still be unpainted (seen at --scale 2).
      await page.evaluate(
        (y) =>
          new Promise<void>((done) => {
            window.scrollTo(0, y);
            requestAnimationFrame(() => requestAnimationFrame(() => done()));
          }),
        box.y,
      );
      const { data } = await session.send('Page.captureScreenshot', {
        format: 'png',
        optimizeForSpeed: true,
        clip: { x: box.x, y: box.y, width: box.w, height: box.h, scale },
      });
      pngs.push(Buffer.from(data, 'base64'));
    }
    return pngs;
  } finally {
    await session.detach();
    if (resize && viewport) await page.setViewport(viewport);
    await page.evaluate(({ x, y }) => window.scrollTo(x, y), scroll);
  }
}
