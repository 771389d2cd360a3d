/**
 * What a reader of the exported PDFs gets besides the pixels: every figure described for a
 * screen reader (read from the tagged structure tree), and a handout whose pages are not shrunk.
 * Chromium only: printing to PDF is Chromium's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { deckMeta } from '../../slides/meta.ts';
import { deckSlides } from './deck.ts';
import { matterhornFailures } from './matterhorn.ts';
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

test('every figure in both PDFs has alternate text that says what it shows, and the visuals are the figures', async () => {
  for (const name of [`${deckMeta.slug}.pdf`, `${deckMeta.slug}-notes.pdf`]) {
    const alts = figures(await PDFDocument.load(await readFile(join(folder, name)), { updateMetadata: false }));
    // The SVG visuals: the timeline, the strip, the synthesis diagram, and a point slide's holdings chart.
    const visuals = slides.filter(
      (slide) => ['timeline', 'strip', 'synthesis'].includes(slide.layout) || (slide.layout === 'evidence' && slide.figure?.kind === 'holdings'),
    );
    expect(alts.length, name).toBe(visuals.length);
    // Not only the figure's title (under 70 characters) but what it shows: its dates, labels and links.
    for (const alt of alts) expect(alt.length, `${name}: a Figure whose alternate text is only a name: ${alt}`).toBeGreaterThan(150);
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

/** What pdf.js draws with, outside any marked-content sequence, on one page (a path that is painted, text, an image, a shading). */
async function untaggedDrawing(pdf: PDFDocumentProxy, number: number, OPS: Record<string, number>): Promise<string[]> {
  const names = new Map(Object.entries(OPS).map(([name, code]) => [code, name]));
  const drawing = new Set(
    [
      'showText',
      'showSpacedText',
      'nextLineShowText',
      'nextLineSetSpacingShowText',
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageMaskXObject',
      'shadingFill',
      'fill',
      'eoFill',
      'stroke',
      'fillStroke',
      'eoFillStroke',
    ].map((name) => OPS[name]),
  );
  const list = await (await pdf.getPage(number)).getOperatorList();
  let depth = 0;
  const found: string[] = [];
  list.fnArray.forEach((code, index) => {
    if (code === OPS.beginMarkedContent || code === OPS.beginMarkedContentProps) depth += 1;
    else if (code === OPS.endMarkedContent) depth -= 1;
    else if (depth > 0) return;
    // A path comes with the operator that paints it; one that only clips paints nothing.
    const painted = code === OPS.constructPath ? (list.argsArray[index] as number[])[0] !== OPS.endPath : drawing.has(code);
    if (painted) found.push(names.get(code === OPS.constructPath ? ((list.argsArray[index] as number[])[0] ?? code) : code) ?? String(code));
  });
  return found;
}

test('every drawing on every page is tagged content or an artifact (PDF/UA-1, Matterhorn 01-001), as pdf.js reads it', async () => {
  // pdf.js uses ArrayBuffer#transferToFixedLength, which Node 20 lacks; without it the operator list stops early.
  const buffers = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  buffers.transferToFixedLength ??= function (this: ArrayBuffer, length?: number): ArrayBuffer {
    return this.slice(0, length ?? this.byteLength);
  };
  const { OPS } = await getResolvedPDFJS();
  for (const name of [`${deckMeta.slug}.pdf`, `${deckMeta.slug}-notes.pdf`]) {
    // Errors only: pdf.js warns of every gradient it cannot paint, which does not matter here.
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(folder, name))), { verbosity: 0 });
    const untagged: string[] = [];
    let drawn = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const list = await (await pdf.getPage(number)).getOperatorList();
      drawn += list.fnArray.filter((code) => code === OPS.showText).length;
      for (const what of await untaggedDrawing(pdf, number, OPS)) untagged.push(`page ${number}: ${what}`);
    }
    expect(drawn, `${name}: pdf.js read the pages' text`).toBeGreaterThan(100);
    expect(untagged, name).toEqual([]);
  }
});

test('both PDFs meet the machine-checkable Matterhorn conditions checked here (tests/e2e/matterhorn.ts)', async () => {
  for (const name of [`${deckMeta.slug}.pdf`, `${deckMeta.slug}-notes.pdf`]) {
    const pdf = await PDFDocument.load(await readFile(join(folder, name)), { updateMetadata: false });
    expect(matterhornFailures(pdf), name).toEqual([]);
  }
});
