/**
 * The tests that matter to a presenter, in Firefox ESR (puppeteer-core over WebDriver BiDi; see
 * firefox.ts for why not Playwright's own Firefox route): every slide and build step, no
 * overflow, the speaker view, the scroll view, the browser's own print, and the one-file HTML
 * from disk. Every test also fails on console errors or warnings and on requests off the origin.
 * Chromium-only, and not repeated here: the PDF export and its failure modes (the export prints
 * with Chromium), the dev server's checks, accessibility (axe) and the handout's print layout.
 */
import type { Page } from 'puppeteer-core';
import { PDFDocument } from 'pdf-lib';
import { CANVAS, READY_SELECTOR, SPEAKER_VIEW_READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { expect, openDeckIn, test } from './firefox.ts';
import { oneFileDeck, oneFileDeckUrl } from './one-file.ts';
import { slideOverflow } from './overflow.ts';
import { startPresenting } from './present-server.ts';
import { deckMoved, readDeckState, walkDeck, type Walk } from './walk.ts';

const slides = await deckSlides();

/** Presses → from the first slide to the end of the last. */
function walk(page: Page): Promise<Walk> {
  return walkDeck(
    () => page.evaluate(readDeckState),
    async (before) => {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(deckMoved, {}, before.indices);
    },
  );
}

/** Presses S and returns the speaker view's window once it shows the current slide's notes. */
async function openSpeakerView(page: Page, notes: string): Promise<Page> {
  await page.waitForSelector(SPEAKER_VIEW_READY_SELECTOR);
  const popup = new Promise<Page | null>((resolve) => page.once('popup', resolve));
  await page.keyboard.press('s');
  const speakerView = await popup;
  if (speakerView === null) throw new Error('S opened no window');
  await speakerView.waitForFunction(
    (expected) => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(expected),
    {},
    notes.split('. ')[0]?.slice(0, 60) ?? '',
  );
  return speakerView;
}

/** Whether a frame of the speaker view shows the deck, ready (the frames load the deck's own address). */
function previewReady(speakerView: Page, frame: '#current-slide' | '#upcoming-slide'): Promise<unknown> {
  return speakerView.waitForFunction(
    (selector, ready) => document.querySelector<HTMLIFrameElement>(`${selector} iframe`)?.contentDocument?.querySelector(ready) !== null,
    {},
    frame,
    READY_SELECTOR,
  );
}

test.describe('in Firefox', () => {
  test('→ walks every slide and every build step, first to last', async ({ firefoxPage, deckUrl }) => {
    await openDeckIn(firefoxPage, deckUrl);
    // The browser asks for reduced motion (firefox.ts), as the Chromium tests do.
    expect(await firefoxPage.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const result = await walk(firefoxPage);
    expect(result.visited).toEqual(slides.map((slide) => slide.id));
    expect(result.leftEarly).toEqual([]);
    expect(result.steps).toBeGreaterThan(slides.length);
  });

  for (const viewport of [
    { name: '16:9', width: 1600, height: 900 },
    { name: '4:3', width: 1024, height: 768 },
  ]) {
    test(`no slide overflows its canvas at ${viewport.name}, with every build step shown`, async ({ firefoxPage, deckUrl }) => {
      await firefoxPage.setViewport({ width: viewport.width, height: viewport.height });
      await openDeckIn(firefoxPage, deckUrl);
      for (const slide of slides) {
        await firefoxPage.evaluate((id) => {
          window.location.hash = `#/${id}`;
        }, slide.id);
        await firefoxPage.waitForSelector(`section#${slide.id}.present`);
        await firefoxPage.evaluate(
          (id) =>
            document.querySelectorAll(`section#${id} .fragment`).forEach((fragment) => {
              fragment.classList.add('visible');
            }),
          slide.id,
        );
        expect(await firefoxPage.evaluate(slideOverflow), `slide ${slide.id}`).toEqual([]);
      }
    });
  }

  test('S opens the speaker view with the current slide’s notes and both previews', async ({ firefoxPage, deckUrl }) => {
    const slide = slides[2];
    await openDeckIn(firefoxPage, `${deckUrl}#/${slide?.id}`);
    const speakerView = await openSpeakerView(firefoxPage, slide?.notes ?? '');
    await previewReady(speakerView, '#current-slide');
    await previewReady(speakerView, '#upcoming-slide');
    expect(await speakerView.$eval('.speaker-controls-time .timer', (timer) => timer.getBoundingClientRect().width > 0)).toBe(true);
  });

  test('the scroll view (?view=scroll) shows every slide', async ({ firefoxPage, deckUrl }) => {
    await firefoxPage.setViewport({ width: 390, height: 844 });
    await openDeckIn(firefoxPage, `${deckUrl}?view=scroll`);
    expect(await firefoxPage.$$eval('.reveal .scroll-page', (pages) => pages.length)).toBe(slides.length);
  });

  test('printing the deck’s own address (Ctrl+P) gives one landscape 16:9 page per slide', async ({ firefoxPage, deckUrl }) => {
    await openDeckIn(firefoxPage, deckUrl);
    // What the print dialog does: print the page as it is, at the page size its CSS asks for.
    const pdf = await PDFDocument.load(await firefoxPage.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount()).toBe(slides.length);
    for (const printed of pdf.getPages()) {
      const { width, height } = printed.getSize();
      expect(width / height).toBeCloseTo(CANVAS.width / CANVAS.height, 2);
    }
  });

  test('presented with npm run present: the remote drives the deck and a follower follows, all in Firefox', async ({ firefox }) => {
    const presenting = await startPresenting();
    const context = await firefox.createBrowserContext();
    try {
      const [laptop, phone, follower] = [await context.newPage(), await context.newPage(), await context.newPage()];
      await openDeckIn(laptop, presenting.deck);
      await openDeckIn(follower, presenting.follow);
      await phone.setViewport({ width: 390, height: 844 });
      await phone.goto(presenting.remote);
      await phone.waitForFunction(() => document.querySelector('.remote-connection')?.textContent === 'Connected');
      const where = (page: Page): Promise<string> => page.evaluate(() => JSON.stringify(window.Reveal?.getIndices()));
      const start = await where(laptop);
      await phone.click('button.remote-next');
      await laptop.waitForFunction((before) => JSON.stringify(window.Reveal?.getIndices()) !== before, {}, start);
      const moved = await where(laptop);
      await follower.waitForFunction((expected) => JSON.stringify(window.Reveal?.getIndices()) === expected, {}, moved);
      expect(await follower.$$eval('aside.notes', (notes) => notes.length)).toBe(0);
      const title = await laptop.evaluate(() => window.Reveal?.getCurrentSlide().querySelector('h1, h2')?.textContent ?? '');
      await phone.waitForFunction((expected) => document.querySelector('.remote-title')?.textContent === expected, {}, title);
    } finally {
      await context.close();
      await presenting.stop();
    }
  });

  test.describe('the one-file HTML, opened from disk', () => {
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      await oneFileDeck();
    });

    test('shows slide 1 in the deck’s fonts and → walks every slide and build step', async ({ firefoxPage }) => {
      await openDeckIn(firefoxPage, await oneFileDeckUrl());
      expect(await firefoxPage.evaluate(() => window.Reveal?.getCurrentSlide().id)).toBe(slides[0]?.id);
      const loadedFamilies = await firefoxPage.evaluate(() =>
        [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')),
      );
      expect(loadedFamilies).toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']));
      const result = await walk(firefoxPage);
      expect(result.visited).toEqual(slides.map((slide) => slide.id));
      expect(result.leftEarly).toEqual([]);
    });

    test('S opens the speaker view with the notes and both previews', async ({ firefoxPage }) => {
      await openDeckIn(firefoxPage, await oneFileDeckUrl());
      const speakerView = await openSpeakerView(firefoxPage, slides[0]?.notes ?? '');
      await previewReady(speakerView, '#current-slide');
      await previewReady(speakerView, '#upcoming-slide');
    });
  });
});
