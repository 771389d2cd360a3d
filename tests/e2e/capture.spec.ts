/**
 * The export's capture of the built deck (puppeteer-core driving Chromium) and the PNG pictures
 * the PowerPoint export takes of a part it cannot draw natively: the deck's own visuals are all
 * drawn now, so this takes the picture of one directly, from a page that is not in front.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowser } from '../../src/export/capture.ts';
import { Cleanups } from '../../src/export/cleanups.ts';
import { screenshots } from '../../src/export/screenshot.ts';
import { PNG_SCALE } from '../../src/export/writers/pptx.ts';
import { findChromium } from '../../src/node/find-chromium.ts';
import { PROJECT_DIR } from './project-copy.ts';

/** A PNG's pixel size, from its header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('a view loads once and is shared; a part of it is captured as a PNG at twice the canvas, the page left as it was', async () => {
  const cleanups = new Cleanups();
  try {
    const capture = (await startBrowser(findChromium(), cleanups).capture(join(PROJECT_DIR, 'dist'), 1)).forWriter();
    expect(capture.browserVersion).toMatch(/^Chromium \d+\./);
    const page = await capture.view('index.html?print-pdf');
    expect(await capture.view('index.html?print-pdf')).toBe(page);
    await capture.view('handout.html'); // opened later: now the page in front
    const box = await page.evaluate(() => {
      const rect = document.querySelector('#regional-dynamics svg.visual')?.getBoundingClientRect();
      return rect ? { x: rect.left + scrollX, y: rect.top + scrollY, w: rect.width, h: rect.height } : null;
    });
    if (!box) throw new Error('the print view has no regional chart');
    const [png] = await screenshots(page, [box], PNG_SCALE);
    const size = pngSize(png ?? new Uint8Array(24));
    expect(size).toEqual({ width: Math.round(box.w * PNG_SCALE), height: Math.round(box.h * PNG_SCALE) });
    // The page is left as it was: scrolled back to the top.
    expect(await page.evaluate(() => scrollY)).toBe(0);
  } finally {
    await cleanups.runAll();
  }
});

test('Chromium closes once every writer has released it, not before', async () => {
  const cleanups = new Cleanups();
  try {
    const shared = await startBrowser(findChromium(), cleanups).capture(join(PROJECT_DIR, 'dist'), 2);
    const [first, second] = [shared.forWriter(), shared.forWriter()];
    await first.view('index.html?print-pdf');
    first.release();
    first.release(); // twice: still one writer
    // The other writer still has the browser: it can open a view.
    const page = await second.view('handout.html');
    expect(await page.evaluate(() => document.querySelectorAll('.handout-entry').length)).toBeGreaterThan(0);
    second.release();
    // Now it closes: its pages go with it.
    await expect.poll(() => page.isClosed(), { timeout: 10_000 }).toBe(true);
  } finally {
    await cleanups.runAll();
  }
});
