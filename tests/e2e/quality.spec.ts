import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { deckMeta } from '../../slides/meta.ts';
import { deckSlides } from './deck.ts';
import { expect, openDeck, test } from './fixtures.ts';
import { slideOverflow } from './overflow.ts';

const slides = await deckSlides();

/** Shows a slide by its address, with every build step (fragment) shown. */
async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    window.location.hash = `#/${slideId}`;
  }, id);
  await expect(page.locator(`section#${id}.present`)).toBeAttached();
  await page.locator(`section#${id} .fragment`).evaluateAll((fragments) =>
    fragments.forEach((fragment) => {
      fragment.classList.add('visible');
    }),
  );
}

/** Everything on the present slide that lies outside the slide canvas, or whose text is clipped. */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(slideOverflow);
}

for (const viewport of [
  { name: '16:9', width: 1600, height: 900 },
  { name: '4:3', width: 1024, height: 768 },
]) {
  test(`no slide overflows its canvas at ${viewport.name}, with every build step shown`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openDeck(page);
    for (const slide of slides) {
      await showSlide(page, slide.id);
      expect(await overflowProblems(page), `slide ${slide.id}`).toEqual([]);
    }
  });
}

test('the overflow check catches a box that spills off the slide and text that is cut off', async ({ page }) => {
  await openDeck(page);
  await showSlide(page, 'roadmap');
  await page.locator('section#roadmap .frame').evaluate((frame) => {
    const wide = document.createElement('p');
    wide.textContent = 'far too wide';
    wide.style.width = '2400px';
    const cut = document.createElement('p');
    cut.textContent = 'clipped text that does not fit';
    cut.style.cssText = 'height: 10px; overflow: hidden; font-size: 40px';
    frame.append(wide, cut);
  });
  expect(await overflowProblems(page)).toEqual(['outside the slide: p "far too wide"', 'text clipped vertically: p "clipped text that does not fit"']);
});

test('every slide passes axe (WCAG 2.1 A and AA) and has exactly one heading', async ({ page }) => {
  // One scan of the print view: every slide laid out at once, every build step shown, nothing
  // fading in, so the scan does not depend on timing (a scan per slide raced the transitions).
  test.setTimeout(90_000);
  await openDeck(page, './?print-pdf');
  await expect(page.locator('html')).toHaveAttribute('lang', deckMeta.language);
  const sections = page.locator('.reveal .slides section.slide');
  await expect(sections).toHaveCount(slides.length);
  for (const slide of slides) await expect(page.locator(`section#${slide.id}`).locator('h1, h2, h3, h4, h5, h6'), `slide ${slide.id}`).toHaveCount(1);
  const results = await new AxeBuilder({ page }).include('.reveal .slides').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  // The scan saw every slide's content.
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
});

test('every visual’s accessible name says what it shows, not only what it is; figures on point slides are named too', async ({ page }) => {
  await openDeck(page);
  const visualSlides = slides.filter(
    (slide) => ['timeline', 'strip', 'synthesis'].includes(slide.layout) || (slide.layout === 'evidence' && slide.figure?.kind === 'holdings'),
  );
  expect(visualSlides).toHaveLength(4);
  for (const slide of visualSlides) {
    await showSlide(page, slide.id);
    const visual = page.locator(`section#${slide.id} svg.visual`);
    await expect(visual).toHaveCount(1);
    // Its name, then what it shows (as a PDF figure's alternate text carries it too).
    await expect(visual).toHaveAccessibleName(/^.{6,}\. .{40,}$/);
  }
  for (const slide of slides.filter((candidate) => candidate.layout === 'evidence' && candidate.figure)) {
    await showSlide(page, slide.id);
    await expect(page.locator(`section#${slide.id}`).locator('table.compare, ol.chain, svg.visual')).toHaveAccessibleName(/.{6,}/);
  }
});

test('the whole deck works from the keyboard, through every build step', async ({ page }) => {
  await openDeck(page);
  const last = slides[slides.length - 1];
  const fragments = await page.locator('.reveal .fragment').count();
  for (let step = 0; step < slides.length - 1 + fragments; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.reveal .slides > section.present')).toHaveId(last?.id ?? '');
  await expect(page.locator('.reveal .fragment:not(.visible)')).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(page.locator('.reveal .slides > section.present')).toHaveId(slides[0]?.id ?? '');
});

test('with prefers-reduced-motion there are no transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page);
  // reveal.js marks its transition style as a class on .reveal.
  await expect(page.locator('.reveal')).toHaveClass(/\bnone\b/);
  await expect(page.locator('.reveal')).toHaveAttribute('data-background-transition', 'none');
  await page.keyboard.press('ArrowRight');
  const durations = await page
    .locator('.reveal .slides section, .reveal .fragment')
    .evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).transitionDuration))]);
  expect(durations).toEqual(['0s']);
});

test('without reduced motion, slides do transition (so the test above can fail)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDeck(page);
  await expect(page.locator('.reveal')).toHaveClass(/\bfade\b/);
  const durations = await page
    .locator('.reveal .slides section')
    .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).transitionDuration));
  expect(durations.some((duration) => duration !== '0s')).toBe(true);
});
