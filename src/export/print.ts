import type { Page } from 'puppeteer-core';
import { TIME_LIMITS, withinTime } from './time-limit.ts';

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

/** Page size for the printer: a fixed size in CSS units, or the page's own CSS @page size. */
export type PaperSize = { readonly width: string; readonly height: string } | 'css';

/**
 * Prints a loaded, ready page with Chromium's PDF printer (vector, tagged, with an outline), and
 * lists the slides it shows (`slideSelector`: one element per slide, with an h1 or h2 heading).
 */
export async function printPdf(page: Page, slideSelector: string, paper: PaperSize, name: string): Promise<PrintedPdf> {
  // One evaluate: puppeteer's $$eval walks the elements through handles in batches (about 0.2 s here).
  const slides = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((section) => ({
        id: section.id,
        title: section.querySelector('h1, h2')?.textContent?.trim() ?? section.id,
      })),
    slideSelector,
  );
  const size = paper === 'css' ? {} : { ...paper, margin: { top: '0', right: '0', bottom: '0', left: '0' } };
  const bytes = await withinTime(
    `Printing ${name}`,
    TIME_LIMITS.print,
    page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0, ...size }),
  );
  return { bytes, slides };
}
