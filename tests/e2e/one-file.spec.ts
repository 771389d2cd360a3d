/**
 * The one-file export (npm run export -- --only html) opened from disk in Chromium, as a
 * double-click opens it: fonts, every slide and build step, the speaker view, and nothing loaded
 * but the file itself and data:/blob: URLs. The same checks run in Firefox in firefox.spec.ts.
 */
import { stat } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { type PageProblems, watchContext } from './fixtures.ts';
import { READY_SELECTOR, SPEAKER_VIEW_READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { isLocal, oneFileDeck, oneFileDeckUrl } from './one-file.ts';
import { deckMoved, readDeckState, walkDeck } from './walk.ts';

const slides = await deckSlides();

test.describe('the one-file HTML, opened from disk in Chromium', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await oneFileDeck();
  });

  /** Console errors and warnings (a CSP violation is one) and requests other than file:/data:/blob:, in every window. */
  let problems: PageProblems;
  test.beforeEach(({ context }) => {
    problems = watchContext(context, isLocal);
  });
  test.afterEach(() => {
    problems.stop();
    expect(problems.console).toEqual([]);
    expect(problems.offOrigin).toEqual([]);
  });

  test('is one file within the 450 KB budget', async () => {
    expect((await stat(await oneFileDeck())).size).toBeLessThanOrEqual(450 * 1024);
  });

  test('shows slide 1 in the deck’s fonts, and → walks every slide and build step', async ({ page }) => {
    await page.goto(await oneFileDeckUrl());
    await expect(page.locator(READY_SELECTOR)).toBeAttached();
    await expect(page.locator('.reveal .slides > section.present')).toHaveId(slides[0]?.id ?? '');
    await expect(page.locator('.reveal .slides > section.present h1')).toBeVisible();
    const loadedFamilies = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')),
    );
    expect(loadedFamilies).toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']));
    const walk = await walkDeck(
      () => page.evaluate(readDeckState),
      async (before) => {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(deckMoved, before.indices);
      },
    );
    expect(walk.visited).toEqual(slides.map((slide) => slide.id));
    expect(walk.leftEarly).toEqual([]);
  });

  test('S opens the speaker view with the notes and both slide previews', async ({ page }) => {
    await page.goto(await oneFileDeckUrl());
    await expect(page.locator(SPEAKER_VIEW_READY_SELECTOR)).toBeAttached();
    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speakerView = await popup;
    const firstSentence = slides[0]?.notes.split('. ')[0] ?? '';
    await expect(speakerView.locator('.speaker-controls-notes .value')).toContainText(firstSentence.slice(0, 60));
    // The previews are the file itself in frames: they load under the file's CSP.
    await expect(speakerView.frameLocator('#current-slide iframe').locator(READY_SELECTOR)).toBeAttached();
    await expect(speakerView.frameLocator('#upcoming-slide iframe').locator(READY_SELECTOR)).toBeAttached();
    await expect(speakerView.locator('.speaker-controls-time .timer')).toBeVisible();
  });

  test('presents like the hosted deck: overview, scroll view and print view; no reader (R) in this file', async ({ page }) => {
    const url = await oneFileDeckUrl();
    await page.goto(url);
    await expect(page.locator(READY_SELECTOR)).toBeAttached();
    await page.keyboard.press('o');
    await expect(page.locator('.reveal.overview')).toBeAttached();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+?');
    await expect(page.locator('.r-overlay-help')).toContainText('Keyboard Shortcuts');
    await expect(page.locator('.r-overlay-help')).not.toContainText('Reader');
    await page.goto(`${url}?view=scroll`);
    await expect(page.locator(READY_SELECTOR)).toBeAttached();
    await expect(page.locator('.reveal-viewport.reveal-scroll')).toBeAttached();
    await page.goto(`${url}?print-pdf`);
    await expect(page.locator(READY_SELECTOR)).toBeAttached();
    await expect(page.locator('.reveal .pdf-page')).toHaveCount(slides.length);
  });
});
