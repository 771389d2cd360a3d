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

test('the regional chart shows what each neighbour holds and when: India’s four agreements running on, Pakistan’s one ended in 2020, its renewal dashed', async ({
  page,
}) => {
  const slide = find('evidence', (candidate) => candidate.figure?.kind === 'holdings');
  if (slide.figure?.kind !== 'holdings') throw new Error('no holdings figure');
  await openDeck(page, `./#/${slide.id}`);
  const chart = page.locator(`section#${slide.id} svg.visual`);
  const items = slide.figure.rows.flatMap((row) => row.items);
  await expect(chart.locator('rect.holding')).toHaveCount(items.length);
  await expect(chart.locator('text.holder-name')).toHaveText(slide.figure.rows.map((row) => row.holder));
  await expect(chart.locator('rect.holding--unconfirmed')).toHaveCSS('stroke-dasharray', /\d/);
  // To one scale: bars that run on end together, at the record's end; a bar that ended, before them.
  const ends = await chart.locator('rect.holding').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().right));
  const running = items.map((item, index) => (item.to === undefined ? (ends[index] ?? 0) : Number.NaN)).filter((end) => !Number.isNaN(end));
  expect(Math.max(...running) - Math.min(...running)).toBeLessThan(1);
  const ended = ends[items.findIndex((item) => item.to !== undefined)] ?? 0;
  expect(ended).toBeLessThan(Math.min(...running) - 100);
  // Every label is drawn inside the slide.
  const slideBox = await page.locator(`section#${slide.id}`).boundingBox();
  for (const label of await chart.locator('text.holding-label').all()) {
    const box = await label.boundingBox();
    expect(box && slideBox && box.x >= slideBox.x && box.x + box.width <= slideBox.x + slideBox.width).toBe(true);
  }
});

test('the dated strip puts cooperation above the axis and friction below, marks the change of US administration, and no label overlaps another', async ({
  page,
}) => {
  const slide = find('strip');
  await openDeck(page, `./#/${slide.id}`);
  const strip = page.locator(`section#${slide.id} svg.visual`);
  const axis = await strip.locator('line.axis').boundingBox();
  const markers = strip.locator('circle.strip-marker');
  await expect(markers).toHaveCount(slide.items.length);
  const boxes = await strip.locator('text.strip-label').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect));
  const above = slide.items.filter((item) => item.side === 'above').length;
  boxes.forEach((box, index) => {
    if (index < above) expect(box.bottom, `item ${index}`).toBeLessThan(axis?.y ?? 0);
    else expect(box.top, `item ${index}`).toBeGreaterThan(axis?.y ?? 0);
  });
  // Each item's label (its date and its words) and each mark's label: none overlaps another.
  const labels = await strip
    .locator('text.strip-label, text.strip-mark-label')
    .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `labels at ${Math.round(a.left)},${Math.round(a.top)} and ${Math.round(b.left)},${Math.round(b.top)}`).toBe(false);
    }
  }
  await expect(strip.locator('line.strip-mark[data-date="2025-01"]')).toHaveCount(1);
  await expect(strip.locator('text.strip-mark-label')).toHaveText(slide.marks.map((mark) => mark.label));
});

test('the synthesis shows the article’s own links at once, solid, and builds the briefing’s readings one click each, dashed', async ({ page }) => {
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
  // Before the first click: the stated links, with their numbers and reasons; then each inferred link, line, number and reason together.
  await expect(section.locator('.fragment.visible')).toHaveCount(0);
  for (const [index, link] of slide.links.entries()) {
    if (link.basis === 'inferred') await page.keyboard.press('ArrowRight');
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

test('the timeline is drawn to scale, with the lapse shaded, the status unknown to the record’s end, and 2023 enlarged in an inset', async ({ page }) => {
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
  await expect(section.locator('text.lapsed-label')).toHaveText(slide.lapsed.label.replace(/ /g, ''));
  const unknown = await section.locator('rect.unknown-band').boundingBox();
  const axis = await section.locator('line.axis').boundingBox();
  expect(Math.abs((unknown?.x ?? 0) + (unknown?.width ?? 0) - ((axis?.x ?? 0) + (axis?.width ?? 0)))).toBeLessThan(2);
  expect(Math.abs((unknown?.x ?? 0) - ((lapsed?.x ?? 0) + (lapsed?.width ?? 0)))).toBeLessThan(2); // the band's outline
  await expect(section.locator('text.term-label')).toHaveText(slide.term.label);
  for (const event of slide.events) await expect(section.locator('text.event-label', { hasText: `${event.when} · ${event.label}` })).toHaveCount(1);
  await expect(section.locator('text.event-label--published')).toContainText('20 Sep 2023');
  await expect(section.locator('text.lane-name', { hasText: slide.published.label })).toHaveCount(1);
  // In the inset, the 2023 events keep their order and spread over the width.
  const inset = await section
    .locator('circle.timeline-marker[data-where="inset"]')
    .evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().x));
  expect(inset.length).toBeGreaterThanOrEqual(2);
  // Two weeks apart in 2023, they are far apart in the inset (on the main axis, a few pixels).
  expect(Math.max(...inset) - Math.min(...inset)).toBeGreaterThan(100);
});

test('the claims-versus-record grid is generated from the point slides, so the two say the same', async ({ page }) => {
  const grid = find('scorecard');
  const points = slides.filter((slide) => slide.layout === 'evidence');
  expect(points).toHaveLength(6);
  await openDeck(page, `./#/${grid.id}`);
  const rows = page.locator(`section#${grid.id} tbody tr`);
  await expect(rows).toHaveCount(6);
  for (const [index, point] of points.entries()) {
    if (point.layout !== 'evidence') continue;
    const row = rows.nth(index);
    await expect(row).toHaveAttribute('data-point', point.id);
    await expect(row.locator('th')).toHaveText(point.evidence.point);
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
  await expect(page.locator(`section#${compare.id} .evidence-side--record .record-when`)).toHaveText(
    compare.evidence.record.filter((item) => item.onSlide === true).map((item) => item.when),
  );

  const chain = find('evidence', (slide) => slide.figure?.kind === 'chain');
  await page.evaluate((id) => (window.location.hash = `#/${id}`), chain.id);
  const unsupported = page.locator(`section#${chain.id} .chain-step--unsupported`);
  await expect(unsupported).toHaveCount(1);
  await expect(unsupported).toHaveCSS('border-top-style', 'dashed');
  await expect(page.locator(`section#${chain.id} .chain-step--article`).first()).toHaveCSS('border-top-style', 'solid');
});
