import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { PrintedSlide } from './print.ts';

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
}

export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

/** The destinations of Chromium's outline entries (one per heading), in document order. */
function headingDestinations(pdf: PDFDocument): PDFArray[] {
  const found: PDFArray[] = [];
  const visit = (item: PDFDict | undefined): void => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const destination = current.lookupMaybe(PDFName.of('Dest'), PDFArray);
      if (destination) found.push(destination);
      visit(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return found;
}

/** Replaces the outline with one flat bookmark per slide, named by its title. */
function writeOutline(pdf: PDFDocument, titles: readonly string[], destinations: readonly PDFArray[]): void {
  const { context } = pdf;
  const outlinesRef = context.nextRef();
  const itemRefs: PDFRef[] = titles.map(() => context.nextRef());
  titles.forEach((title, index) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(title));
    item.set(PDFName.of('Parent'), outlinesRef);
    item.set(PDFName.of('Dest'), destinations[index] ?? context.obj([]));
    const previous = itemRefs[index - 1];
    const next = itemRefs[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(itemRefs[index] as PDFRef, item);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  const [first] = itemRefs;
  const last = itemRefs[itemRefs.length - 1];
  if (first && last) {
    outlines.set(PDFName.of('First'), first);
    outlines.set(PDFName.of('Last'), last);
  }
  outlines.set(PDFName.of('Count'), PDFNumber.of(itemRefs.length));
  context.assign(outlinesRef, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Checks a printed PDF and finishes it: document metadata, and a flat bookmark per slide.
 * `onePagePerSlide` (the slides PDF) requires exactly one page per slide; the handout may run
 * longer but never shorter. Bookmarks point where Chromium placed each slide's heading.
 */
export async function finishPdf(
  printed: Uint8Array,
  slides: readonly PrintedSlide[],
  info: DocumentInfo,
  onePagePerSlide: boolean,
  now: Date = new Date(),
): Promise<FinishedPdf> {
  // Fastest: parse and write in one go instead of yielding to the event loop every few objects.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = pdf.getPageCount();
  if (onePagePerSlide ? pages !== slides.length : pages < slides.length) {
    throw new Error(
      `the PDF has ${pages} pages for ${slides.length} slides; ${onePagePerSlide ? 'each slide must fit on exactly one page' : 'every slide needs at least one page'}. A slide that overflows the canvas adds a page: check the overflow test.`,
    );
  }
  const destinations = headingDestinations(pdf);
  if (destinations.length !== slides.length) {
    throw new Error(`the PDF has ${destinations.length} headings for ${slides.length} slides; every slide needs exactly one heading (h1 or h2).`);
  }
  writeOutline(pdf, slides.map((slide) => slide.title), destinations);

  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([info.keywords.join(', ')]);
  pdf.setLanguage(info.language);
  pdf.setCreator('cismoa-briefing (npm run export): reveal.js print view, Chromium');
  pdf.setProducer('Chromium (Skia/PDF), pdf-lib');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return { bytes: await pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY }), pages };
}
