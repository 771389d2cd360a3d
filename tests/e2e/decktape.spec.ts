/**
 * DeckTape (https://github.com/astefanutti/decktape), the usual command-line PDF exporter for
 * reveal.js decks, in its reveal mode against the built deck: it drives the deck through
 * `window.Reveal`. It runs the Chromium the other tests use (its own download is skipped, see
 * .ci/run), so this test is Chromium-only.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { CANVAS } from '../../src/constants.ts';
import { chromiumArgs, findChromium } from '../../src/node/find-chromium.ts';
import { deckSlides } from './deck.ts';
import { normalisePdfText as normalise } from './pdf-text.ts';

const run = promisify(execFile);
const slides = await deckSlides();

/** DeckTape's command-line script, from its package. */
function decktapeScript(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('decktape/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.decktape ?? 'decktape.js');
}

test('DeckTape’s reveal mode exports the built deck, one 16:9 page per slide', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const out = join(await mkdtemp(join(tmpdir(), 'decktape-')), 'deck.pdf');
  const chromeArgs = chromiumArgs().map((arg) => `--chrome-arg=${arg}`);
  await run(
    process.execPath,
    // --pause: DeckTape waits a fixed time on every slide and build step (1 s by default). Its
    // reveal plugin turns transitions off, so a short pause exports the same pages.
    [
      decktapeScript(),
      'reveal',
      '--pause',
      '50',
      '--chrome-path',
      findChromium().path,
      ...chromeArgs,
      '--size',
      `${CANVAS.width}x${CANVAS.height}`,
      baseURL ?? '',
      out,
    ],
    { timeout: 100_000 },
  );
  const bytes = await readFile(out);
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBe(slides.length);
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    expect(width / height).toBeCloseTo(CANVAS.width / CANVAS.height, 2);
  }
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  for (const [index, slide] of slides.entries()) expect(normalise(text[index] ?? '')).toContain(normalise(slide.title));
});
