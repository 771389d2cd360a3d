/**
 * npm run screenshots [-- --out <folder>] [--only id,id]: a PNG of every slide of the built deck
 * (1920×1080, all fragments shown), for looking at what changed and for the README.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../node/find-chromium.ts';
import { buildIfNeeded } from '../export/build-if-needed.ts';
import { serveFolder } from '../node/static-server.ts';
import { deckFolders } from '../node/deck-folders.ts';
import { CANVAS, READY_SELECTOR } from '../constants.ts';

const PROJECT_DIR = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, only: { type: 'string' }, deck: { type: 'string' } },
});
const deck = deckFolders(PROJECT_DIR, values.deck);
const DIST_DIR = deck.distDir;
const outDir = resolve(process.cwd(), values.out);
const only = values.only?.split(',').map((id) => id.trim());

await buildIfNeeded(PROJECT_DIR, deck.deckDir, DIST_DIR);
await mkdir(outDir, { recursive: true });
const server = await serveFolder(DIST_DIR);
const browser = await chromium.launch({ executablePath: findChromium().path, args: chromiumArgs() });
try {
  const page = await browser.newPage({ viewport: { ...CANVAS }, reducedMotion: 'reduce' });
  await page.goto(server.url);
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  const ids = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((section) => section.id));
  for (const [index, id] of ids.entries()) {
    if (only && !only.includes(id)) continue;
    await page.goto(`${server.url}#/${id}`);
    await page.locator(`section#${id}.present`).waitFor();
    await page.locator(`section#${id} .fragment`).evaluateAll((fragments) =>
      fragments.forEach((fragment) => {
        fragment.classList.add('visible');
      }),
    );
    const file = join(outDir, `${String(index + 1).padStart(2, '0')}-${id}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
