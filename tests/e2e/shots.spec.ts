import { test } from '@playwright/test';
import { deckSlides } from './deck';
test('screens', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const s of await deckSlides()) {
    await page.goto(`./#/${s.id}`);
    await page.locator('html[data-deck-ready]').waitFor({state:'attached'});
    await page.evaluate(() => document.querySelectorAll('.fragment').forEach(f => f.classList.add('visible')));
    await page.screenshot({ path: `/tmp/shots/${s.id}.png` });
  }
});
