/**
 * Sharing the deck without the export: the browser's own print, a built folder opened from
 * disk, and reveal.js's `window.Reveal` convention that tools such as DeckTape rely on.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as plainTest } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { CANVAS, READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { expect, openDeck, test } from './fixtures.ts';

const slides = await deckSlides();

test('printing the deck’s own address (Ctrl+P) gives one landscape 16:9 page per slide, every build step shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeck(page, './#/synthesis');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.reveal .fragment').first()).toHaveCSS('opacity', '1');
  await expect(page.locator('.reveal .controls')).toBeHidden();
  await page.emulateMedia({ media: null });
  // What the browser's print dialog does: print the page as it is, at the size its CSS asks for.
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf.getPageCount()).toBe(slides.length);
  for (const printed of pdf.getPages()) {
    const { width, height } = printed.getSize();
    expect(width / height).toBeCloseTo(CANVAS.width / CANVAS.height, 2);
  }
});

test('the deck exposes its reveal.js instance as window.Reveal', async ({ page }) => {
  await openDeck(page);
  expect(await page.evaluate(() => typeof window.Reveal?.getTotalSlides === 'function' && window.Reveal.getTotalSlides())).toBe(slides.length);
});

// Opened from disk the scripts are blocked (that is the point), so this test expects console errors.
plainTest('the built deck opened from disk says how to open it instead of showing a blank page', async ({ page }) => {
  for (const name of ['index.html', 'handout.html']) {
    await page.goto(pathToFileURL(resolve(import.meta.dirname, '../../dist', name)).href);
    const message = page.locator('#needs-server');
    await expect(message).toBeVisible();
    await expect(message).toHaveCSS('opacity', '1');
    await expect(message).toContainText('npm run preview');
    await expect(message).toContainText('npm run export -- --only html');
    await expect(page.locator(READY_SELECTOR)).toHaveCount(0);
  }
});

test('served, the deck never shows that message', async ({ page }) => {
  await openDeck(page);
  await expect(page.locator('#needs-server')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the reader shows every slide at full width with its notes in readable type, and never scrolls sideways', async ({ page }) => {
    await openDeck(page, './handout.html');
    await expect(page.locator('.handout-entry')).toHaveCount(slides.length);
    await expect(page.locator('.handout-contents a')).toHaveCount(slides.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const [index, slide] of slides.entries()) {
      const entry = page.locator('.handout-entry').nth(index);
      await expect(entry.locator('section.slide h1, section.slide h2')).toHaveText(slide.title.replace(/\s+/g, ' '));
      await expect(entry.locator('.handout-notes p').first()).toBeVisible();
      const frame = await entry.locator('.handout-slide-frame').boundingBox();
      expect(frame?.width ?? 0).toBeGreaterThan(340);
      const picture = await entry.locator('section.slide').boundingBox();
      expect(Math.abs((picture?.width ?? 0) - (frame?.width ?? 0))).toBeLessThan(2);
    }
    const fontSizes = await page
      .locator('.handout-notes p')
      .evaluateAll((paragraphs) => paragraphs.map((paragraph) => parseFloat(getComputedStyle(paragraph).fontSize)));
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16);
    await expect(page.locator('.handout-open').first()).toHaveAttribute('href', `./#/${slides[0]?.id}`);
  });
});

test('the deck lists the reader in its help overlay, and R opens it', async ({ page }) => {
  await openDeck(page);
  await page.evaluate(() => window.Reveal?.toggleHelp(true));
  await expect(page.locator('.r-overlay-help')).toContainText('Reader: every slide with its notes');
  await page.evaluate(() => window.Reveal?.toggleHelp(false));
  await page.keyboard.press('r');
  await expect(page).toHaveURL(/handout\.html$/);
});

for (const paper of ['a4', 'letter'] as const) {
  test(`on ${paper} paper the handout's slide picture fits the printable width whole, frame and all`, async ({ page }) => {
    // The printable width of the paper (less the handout's 12 mm side margins), as the print view lays it out.
    const printable = Math.ceil((((paper === 'a4' ? 210 : 215.9) - 24) * 96) / 25.4);
    await page.setViewportSize({ width: printable, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await openDeck(page, `./handout.html?paper=${paper}`);
    const boxes = await page.locator('.handout-slide-frame').evaluateAll((frames) =>
      frames.map((frame) => {
        const outer = frame.getBoundingClientRect();
        const slide = frame.querySelector('section.slide')?.getBoundingClientRect() ?? outer;
        return {
          frameRight: outer.right,
          slideRight: slide.right,
          slideLeft: slide.left,
          frameLeft: outer.left,
          outline: getComputedStyle(frame).outlineStyle,
        };
      }),
    );
    expect(boxes).toHaveLength(slides.length);
    for (const box of boxes) {
      expect(box.frameRight).toBeLessThanOrEqual(printable + 0.5);
      expect(box.frameLeft).toBeGreaterThanOrEqual(-0.5);
      expect(box.slideRight).toBeLessThanOrEqual(box.frameRight + 0.5);
      expect(box.slideRight).toBeGreaterThan(box.frameRight - 2);
      expect(box.outline).toBe('solid');
    }
  });
}
