import type { Locator } from '@playwright/test';
import type { Slide } from '../../src/model.ts';
import { deckSlides } from './deck.ts';
import { expect, openDeck, test } from './fixtures.ts';

const slides = await deckSlides();

function find<L extends Slide['layout']>(layout: L, where: (slide: Extract<Slide, { layout: L }>) => boolean = () => true): Extract<Slide, { layout: L }> {
  const found = slides.find((slide): slide is Extract<Slide, { layout: L }> => slide.layout === layout && where(slide as Extract<Slide, { layout: L }>));
  if (!found) throw new Error(`no ${layout} slide`);
  return found;
}

/** The centre of an element, in page pixels. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the regional map highlights Pakistan, marks India as the other agreement holder, and keeps its callouts and border note inside the frame', async ({ page }) => {
  const slide = find('map');
  await openDeck(page, `./#/${slide.id}`);
  const section = page.locator(`section#${slide.id}`);
  const map = section.locator('svg.visual');
  await expect(map.locator('path[data-country="Pakistan"]')).toHaveClass(/country--focus/);
  await expect(map.locator('path[data-country="India"]')).toHaveClass(/country--holder/);
  for (const name of ['Pakistan', 'India', 'Afghanistan', 'Iran', 'China']) await expect(map.locator('text.map-label', { hasText: name })).toHaveCount(1);
  await expect(section.locator('.callout')).toHaveText(slide.callouts.map((callout) => new RegExp(`^${callout.country}`)));
  const canvas = await section.locator('.map-canvas').boundingBox();
  for (const callout of await section.locator('.callout').all()) {
    const box = await callout.boundingBox();
    expect(box && canvas && box.x >= canvas.x - 1 && box.y >= canvas.y - 1 && box.x + box.width <= canvas.x + canvas.width + 1 && box.y + box.height <= canvas.y + canvas.height + 1).toBe(true);
  }
  await expect(section.locator('.map-credit')).toContainText('no position on disputed borders');
  await expect(section.locator('.map-credit')).toBeVisible();
});

test('the synthesis shows solid links for what the article states, dashed for the briefing’s reading, a legend, and each link’s reason', async ({ page }) => {
  const slide = find('synthesis');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, `./#/${slide.id}`);
  const section = page.locator(`section#${slide.id}`);
  const diagram = section.locator('svg.visual');
  await expect(diagram.locator('.node--insight text')).toHaveText([...slide.insights]);
  await expect(diagram.locator('.node--implication text')).toHaveText([...slide.implications]);
  await expect(section.locator('.legend-item')).toHaveText(['The article states this link', 'This briefing’s reading']);
  const lines = diagram.locator('path.link-line');
  await expect(lines).toHaveCount(slide.links.length);
  // Built step by step, line, number and reason together.
  await expect(section.locator('.fragment.visible')).toHaveCount(0);
  for (const [index, link] of slide.links.entries()) {
    await page.keyboard.press('ArrowRight');
    await expect(lines.nth(index)).toHaveAttribute('data-from', String(link.from));
    await expect(lines.nth(index)).toHaveAttribute('data-to', String(link.to));
    await expect(lines.nth(index)).toHaveCSS('stroke-dasharray', link.basis === 'stated' ? 'none' : /\d/);
    await expect(section.locator('.link-key-item').nth(index)).toHaveText(`${index + 1}${link.label}`);
    await expect(section.locator('.link-key-item').nth(index)).toHaveCSS('opacity', '1');
    await expect(diagram.locator('g.link-marker').nth(index)).toHaveCSS('opacity', '1');
  }
  expect(new Set(slide.links.map((link) => link.basis))).toEqual(new Set(['stated', 'inferred']));
});

test('in the print view the synthesis is complete: every link, number and reason shown', async ({ page }) => {
  const slide = find('synthesis');
  await openDeck(page, './?print-pdf');
  const section = page.locator(`section#${slide.id}`);
  await expect(section.locator('.link-key-item')).toHaveCount(slide.links.length);
  for (const element of await section.locator('.fragment').all()) await expect(element).toHaveCSS('opacity', '1');
});

test('the timeline is drawn to scale, with the lapse shaded and 2023 enlarged in an inset', async ({ page }) => {
  const slide = find('timeline');
  await openDeck(page, `./#/${slide.id}`);
  const section = page.locator(`section#${slide.id}`);
  const markerAt = (date: string): Locator => section.locator(`circle.timeline-marker[data-date="${date}"][data-where="axis"]`);
  // First signed (Oct 2005), India's COMCASA (6 Sep 2018), expiry (2020): distances proportional to time.
  const signed = await centre(markerAt('2005-10'));
  const expired = await centre(markerAt('2020'));
  const comcasa = await centre(markerAt('2018-09-06'));
  const perYear = (expired.x - signed.x) / (2020.5 - (2005 + 9.5 / 12));
  expect(comcasa.x - signed.x).toBeCloseTo(perYear * (2018 + (8 + 5 / 30.5) / 12 - (2005 + 9.5 / 12)), 0);
  const lapsed = await section.locator('rect.lapsed-band').boundingBox();
  expect(lapsed?.x ?? 0).toBeCloseTo(expired.x, 0);
  await expect(section.locator('text.lapsed-label')).toHaveText(slide.lapsed.label);
  await expect(section.locator('text.term-label')).toHaveText(slide.term.label);
  for (const event of slide.events) await expect(section.locator('text.event-label', { hasText: `${event.when} · ${event.label}` })).toHaveCount(1);
  await expect(section.locator('text.event-label--published')).toContainText('20 Sep 2023');
  // In the inset, the 2023 events keep their order and spread over the width.
  const inset = await section.locator('circle.timeline-marker[data-where="inset"]').evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().x));
  expect(inset.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...inset) - Math.min(...inset)).toBeGreaterThan(300);
});

test('the claims-versus-record grid is generated from the point slides, so the two say the same', async ({ page }) => {
  const grid = find('scorecard');
  const points = slides.filter((slide) => slide.layout === 'evidence' || slide.layout === 'map');
  expect(points).toHaveLength(6);
  await openDeck(page, `./#/${grid.id}`);
  const rows = page.locator(`section#${grid.id} tbody tr`);
  await expect(rows).toHaveCount(6);
  for (const [index, point] of points.entries()) {
    if (point.layout !== 'evidence' && point.layout !== 'map') continue;
    const row = rows.nth(index);
    await expect(row).toHaveAttribute('data-point', point.id);
    await expect(row.locator('th')).toHaveText(point.evidence.point);
    await expect(row.locator('td').nth(0)).toHaveText(point.evidence.claim);
    await expect(row.locator('td').nth(1)).toHaveText(point.evidence.finding);
    const status = (await row.locator('.status-label').textContent()) ?? '';
    await expect(page.locator(`section#${point.id} .finding .status-label`)).toHaveText(status);
    await expect(page.locator(`section#${point.id} .finding-text`)).toHaveText(point.evidence.finding);
  }
});

test('point slides show the article’s claim beside the dated record, and their figures mark what does not match', async ({ page }) => {
  await openDeck(page);
  const compare = find('evidence', (slide) => slide.figure?.kind === 'compare');
  await page.evaluate((id) => (window.location.hash = `#/${id}`), compare.id);
  const table = page.locator(`section#${compare.id} table.compare`);
  await expect(table.locator('tr.compare-row--match')).not.toHaveCount(0);
  await expect(table.locator('td.compare-missing')).not.toHaveCount(0);
  await expect(page.locator(`section#${compare.id} .evidence-side--article .evidence-claim`)).toHaveText(compare.evidence.claim);
  await expect(page.locator(`section#${compare.id} .evidence-side--record .record-when`)).toHaveText(compare.evidence.record.map((item) => item.when));

  const chain = find('evidence', (slide) => slide.figure?.kind === 'chain');
  await page.evaluate((id) => (window.location.hash = `#/${id}`), chain.id);
  const unsupported = page.locator(`section#${chain.id} .chain-step--unsupported`);
  await expect(unsupported).toHaveCount(1);
  await expect(unsupported).toHaveCSS('border-top-style', 'dashed');
  await expect(page.locator(`section#${chain.id} .chain-step--article`).first()).toHaveCSS('border-top-style', 'solid');
});
