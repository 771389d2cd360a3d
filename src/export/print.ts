import type { Page } from 'playwright-core';
import { CANVAS, READY_SELECTOR } from '../constants.ts';

/** A slide as the printed page shows it: its id and its heading. */
export interface PrintedSlide {
  readonly id: string;
  readonly title: string;
}

export interface PrintedPdf {
  readonly bytes: Uint8Array;
  /** The slides in the document, in order: one bookmark each. */
  readonly slides: readonly PrintedSlide[];
}

export type PrintKind = 'slides' | 'notes';

/** Where each kind is printed from: the deck's own print view, or the handout page. */
const LAYOUTS: Record<PrintKind, { path: string; slideSelector: string }> = {
  slides: { path: 'index.html?print-pdf', slideSelector: '.reveal .slides section.slide' },
  notes: { path: 'handout.html', slideSelector: '.handout-entry section.slide' },
};

/** Waits for the page to say it is ready: reveal.js (or the handout) laid out, fonts loaded. */
async function waitForDeck(page: Page): Promise<void> {
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));
}

/**
 * Prints one kind of document from the served deck with Chromium's PDF printer (vector, tagged),
 * in the given fresh page (the caller opens it early, while other work goes on, and closes it).
 */
export async function printPdf(page: Page, baseUrl: string, kind: PrintKind): Promise<PrintedPdf> {
  const layout = LAYOUTS[kind];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // No need to wait for the load event: the page's own ready flag covers scripts and fonts.
  await page.goto(new URL(layout.path, baseUrl).href, { waitUntil: 'commit' });
  await waitForDeck(page);
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  const slides = await page.locator(layout.slideSelector).evaluateAll((sections) =>
    sections.map((section) => ({ id: section.id, title: section.querySelector('h1, h2')?.textContent?.trim() ?? section.id })),
  );
  const bytes = await page.pdf({
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    ...(kind === 'slides' ? { width: `${CANVAS.width}px`, height: `${CANVAS.height}px`, margin: { top: '0', right: '0', bottom: '0', left: '0' } } : {}),
  });
  return { bytes, slides };
}
