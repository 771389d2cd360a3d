/**
 * What a reader of the exported PDFs gets besides the pixels: every figure described for a
 * screen reader (read from the tagged structure tree), and a handout whose pages are not shrunk.
 * Chromium only: printing to PDF is Chromium's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { deckMeta } from '../../slides/meta.ts';
import { deckSlides } from './deck.ts';
import { sharedExport } from './shared-export.ts';

const slides = await deckSlides();

/** Every Figure element of a tagged PDF's structure tree, with its alternate text ('' when it has none). */
function figures(pdf: PDFDocument): string[] {
  const found: string[] = [];
  const visit = (node: PDFObject | undefined): void => {
    const value = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index += 1) visit(value.get(index));
      return;
    }
    if (!(value instanceof PDFDict)) return;
    if (value.get(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = value.lookup(PDFName.of('Alt'));
      found.push(alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : '');
    }
    visit(value.get(PDFName.of('K')));
  };
  visit(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return found;
}

let folder = '';

test.beforeAll(async () => {
  // The run's one full export (tests/e2e/global-setup.ts).
  ({ outDir: folder } = await sharedExport());
});

test('every figure in both PDFs has alternate text, and the visuals are the figures', async () => {
  for (const name of [`${deckMeta.slug}.pdf`, `${deckMeta.slug}-notes.pdf`]) {
    const alts = figures(await PDFDocument.load(await readFile(join(folder, name)), { updateMetadata: false }));
    // The SVG visuals: the timeline, the strip, the synthesis diagram, and a point slide's holdings chart.
    const visuals = slides.filter(
      (slide) => ['timeline', 'strip', 'synthesis'].includes(slide.layout) || (slide.layout === 'evidence' && slide.figure?.kind === 'holdings'),
    );
    expect(alts.length, name).toBe(visuals.length);
    for (const alt of alts) expect(alt.length, `${name}: a Figure without alternate text`).toBeGreaterThan(10);
  }
});

test('the handout prints its notes at full size (12 pt), not shrunk to fit the slide', async () => {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(folder, `${deckMeta.slug}-notes.pdf`))));
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const firstWords = (slides[0]?.notes ?? '').split(/\s+/).slice(0, 2).join(' ');
  const notesLine = content.items.find((item) => 'str' in item && item.str.startsWith(firstWords));
  expect(notesLine && 'transform' in notesLine ? Math.abs(notesLine.transform[3] ?? 0) : 0).toBeGreaterThanOrEqual(11.5);
});
