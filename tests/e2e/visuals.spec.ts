import { deckSlides } from './deck.ts';
import { expect, openDeck, test } from './fixtures.ts';

const slides = await deckSlides();
const synthesis = slides.find((slide) => slide.layout === 'synthesis');
const timeline = slides.find((slide) => slide.layout === 'timeline');

test('the regional map draws Pakistan highlighted, names its neighbours, and carries the callouts', async ({ page }) => {
  await openDeck(page, './#/regional-dynamics');
  const map = page.locator('section#regional-dynamics svg.visual');
  const pakistan = map.locator('path[data-country="Pakistan"]');
  await expect(pakistan).toHaveCount(1);
  await expect(pakistan).toHaveClass(/country--focus/);
  const box = await pakistan.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(50);
  expect((await pakistan.getAttribute('d'))?.length ?? 0).toBeGreaterThan(500);
  for (const name of ['Pakistan', 'India', 'Afghanistan', 'Iran', 'China']) {
    await expect(map.locator('text.map-label', { hasText: name })).toHaveCount(1);
    await expect(map.locator(`path[data-country="${name}"]`)).toHaveCount(1);
  }
  await expect(page.locator('section#regional-dynamics .callout')).toHaveText([/Pakistan.*2023/, /India.*COMCASA.*2018/]);
  await expect(map.locator('line.leader')).toHaveCount(2);
  // Dates and hyphenated words never break across lines.
  await expect(page.locator('section#regional-dynamics .callout .nowrap')).toHaveText(['CIS-MOA', 'Aug 2023', 'Sep 2018']);
  await expect(page.locator('section#regional-dynamics .source-line')).toContainText('Natural Earth');
});

test('the synthesis diagram links the insights to the implications, one build step per link', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, `./#/${synthesis?.id}`);
  const diagram = page.locator(`section#${synthesis?.id} svg.visual`);
  if (synthesis?.layout !== 'synthesis') throw new Error('no synthesis slide');
  await expect(diagram.locator('.node--insight text')).toHaveText([...synthesis.insights]);
  await expect(diagram.locator('.node--implication text')).toHaveText([...synthesis.implications]);
  const links = diagram.locator('path.link');
  await expect(links).toHaveCount(synthesis.links.length);
  for (const [index, link] of synthesis.links.entries()) {
    await expect(links.nth(index)).toHaveAttribute('data-from', String(link.from));
    await expect(links.nth(index)).toHaveAttribute('data-to', String(link.to));
  }
  // Built up step by step: none shown at first, then one more on each key press.
  await expect(diagram.locator('path.link.visible')).toHaveCount(0);
  for (let shown = 1; shown <= synthesis.links.length; shown += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(diagram.locator('path.link.visible')).toHaveCount(shown);
    await expect(links.nth(shown - 1)).toHaveCSS('opacity', '1');
  }
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.reveal .slides > section.present')).not.toHaveId(synthesis.id);
});

test('the timeline is a graphic: evenly spaced dated markers and the 15-year span drawn as a bar', async ({ page }) => {
  await openDeck(page, `./#/${timeline?.id}`);
  if (timeline?.layout !== 'timeline') throw new Error('no timeline slide');
  const section = page.locator(`section#${timeline.id}`);
  const markers = section.locator('.timeline-marker');
  await expect(markers).toHaveCount(timeline.events.length);
  await expect(section.locator('.timeline-when')).toHaveText(timeline.events.map((event) => event.when));
  const centres = await markers.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }),
  );
  const gaps = centres.slice(1).map((centre, index) => centre.x - (centres[index]?.x ?? 0));
  for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 0);
  for (const centre of centres) expect(centre.y).toBeCloseTo(centres[0]?.y ?? 0, 0);
  const span = await section.locator('.timeline-span').boundingBox();
  const from = centres[timeline.span.from];
  const to = centres[timeline.span.to];
  expect(span?.x ?? 0).toBeCloseTo(from?.x ?? -1, 0);
  expect((span?.x ?? 0) + (span?.width ?? 0)).toBeCloseTo(to?.x ?? -1, 0);
  await expect(section.locator('.timeline-span')).toHaveText(timeline.span.label);
  await expect(section.locator('.timeline-event--recent')).toHaveCount(2);
});
