import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as plainTest } from '@playwright/test';
import { serveFolder } from '../../src/node/static-server.ts';
import { READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { expect, onOrigin, openDeck, openSpeakerView, test, watchContext } from './fixtures.ts';

const slides = await deckSlides();
const currentSlide = '.reveal .slides > section.present';

test('the built deck loads with every slide, title and notes, and nothing off the origin', async ({ page }) => {
  await openDeck(page);
  const sections = page.locator('.reveal .slides > section');
  await expect(sections).toHaveCount(slides.length);
  for (const [index, slide] of slides.entries()) {
    const section = sections.nth(index);
    await expect(section).toHaveAttribute('id', slide.id);
    await expect(section.locator('h1, h2')).toHaveText(slide.title);
    await expect(section).toHaveAttribute('data-timing', String(slide.seconds));
    const paragraphs = slide.notes.split('\n\n');
    await expect(section.locator('aside.notes p')).toHaveText(paragraphs);
  }
});

test('ArrowRight and ArrowLeft move between slides, and the URL follows', async ({ page }) => {
  await openDeck(page);
  const [first, second] = slides;
  await expect(page.locator(currentSlide)).toHaveId(first?.id ?? '');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(currentSlide)).toHaveId(second?.id ?? '');
  await expect(page).toHaveURL(new RegExp(`#/${second?.id}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(currentSlide)).toHaveId(first?.id ?? '');
});

test('a link to #/<id> opens that slide, and a reload stays there', async ({ page }) => {
  const target = slides.find((slide) => slide.id === 'regional-dynamics');
  await openDeck(page, `./#/${target?.id}`);
  await expect(page.locator(currentSlide)).toHaveId('regional-dynamics');
  await expect(page.locator(`${currentSlide} h2`)).toHaveText(target?.title ?? '');
  await page.reload();
  await expect(page.locator(READY_SELECTOR)).toBeAttached();
  await expect(page.locator(currentSlide)).toHaveId('regional-dynamics');
});

test('pressing S opens the speaker view with the current slide’s notes', async ({ page }) => {
  const slide = slides[2];
  await openDeck(page, `./#/${slide?.id}`);
  const speakerView = await openSpeakerView(page);
  const notes = speakerView.locator('.speaker-controls-notes .value');
  const firstSentence = slide?.notes.split('. ')[0] ?? '';
  await expect(notes).toContainText(firstSentence.slice(0, 60));
  await expect(speakerView.locator('#current-slide iframe')).toBeAttached();
  await expect(speakerView.locator('#upcoming-slide iframe')).toBeAttached();
  await expect(speakerView.locator('.speaker-controls-time .timer')).toBeVisible();
  // Pacing shows because every slide has a time budget (data-timing).
  await expect(speakerView.locator('.speaker-controls-time .pacing')).toBeVisible();
  await expect(speakerView.locator('.speaker-controls-time .pacing')).toHaveClass(/on-track|ahead|behind/);
});

test('the overview opens with O and closes with Escape; the help opens with ?', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal.overview')).not.toBeAttached();
  await page.keyboard.press('Shift+?');
  await expect(page.locator('.r-overlay-help')).toBeVisible();
  await expect(page.locator('.r-overlay-help')).toContainText('Keyboard Shortcuts');
});

test('the deck shows a progress bar and slide numbers', async ({ page }) => {
  await openDeck(page, './#/timeline');
  await expect(page.locator('.reveal .progress')).toBeVisible();
  await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*4\\s*/\\s*${slides.length}\\s*$`));
});

test('the scroll view (?view=scroll) shows every slide for reading on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, './?view=scroll');
  await expect(page.locator('.reveal-viewport.reveal-scroll, .reveal.reveal-scroll, html.reveal-scroll')).not.toHaveCount(0);
  await expect(page.locator('.reveal .scroll-page')).toHaveCount(slides.length);
});

test('the deck wears its own theme, not reveal.js defaults', async ({ page }) => {
  await openDeck(page, './#/roadmap');
  // Our rules must win over reveal.css however the build orders the stylesheets.
  await expect(page.locator('.reveal-viewport')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  await expect(page.locator('.reveal .progress')).toHaveCSS('color', 'rgb(23, 33, 43)');
  await expect(page.locator('.reveal .slide-number')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(page.locator('section#roadmap')).toHaveCSS('text-align', 'left');
  await expect(page.locator('section#roadmap h2')).toHaveCSS('font-family', /Source Serif 4/);
  await expect(page.locator('section#roadmap .agenda-detail').first()).toHaveCSS('font-family', /Source Sans 3/);
  expect(await page.evaluate(() => document.fonts.check('600 68px "Source Serif 4"'))).toBe(true);
});

// Served by a second host, so it checks requests against that host's origin itself.
plainTest('the built deck works from a sub-path of another static host', async ({ page }) => {
  const host = await mkdtemp(join(tmpdir(), 'static-host-'));
  await cp(resolve(import.meta.dirname, '../../dist'), join(host, 'talks', 'cismoa'), { recursive: true });
  const server = await serveFolder(host);
  try {
    const problems = watchContext(page.context(), onOrigin(new URL(server.url).origin));
    await openDeck(page, `${server.url}talks/cismoa/#/timeline`);
    await expect(page.locator(currentSlide)).toHaveId('timeline');
    expect(await page.evaluate(() => document.fonts.check('600 68px "Source Serif 4"'))).toBe(true);
    problems.stop();
    expect(problems.console).toEqual([]);
    expect(problems.offOrigin).toEqual([]);
  } finally {
    await server.close();
  }
});
