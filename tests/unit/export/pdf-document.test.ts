import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, type PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from '../../../src/export/pdf-document.ts';

const info = { title: 'T', author: 'A', subject: 'S', keywords: ['k'], language: 'en' };
const slides = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
  { id: 'three', title: 'Three' },
];

async function blankPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([1920, 1080]);
  return pdf.save({ useObjectStreams: false }); // a classic cross-reference table, as Chromium writes
}

describe('finishPdf', () => {
  it('fails when the slides PDF has a page count other than the number of slides', async () => {
    await expect(finishPdf(await blankPdf(4), slides, info, true)).rejects.toThrow(
      'the PDF has 4 pages for 3 slides; each slide must fit on exactly one page.',
    );
  });

  it('fails when the handout has fewer pages than slides', async () => {
    await expect(finishPdf(await blankPdf(2), slides, info, false)).rejects.toThrow('the PDF has 2 pages for 3 slides; every slide needs at least one page.');
  });

  it('fails when the printed PDF has no heading to bookmark for each slide', async () => {
    await expect(finishPdf(await blankPdf(3), slides, info, true)).rejects.toThrow('the PDF has 0 headings for 3 slides');
  });
});

describe('finishPdf on a printed PDF with a heading outline', () => {
  /** Three pages and a nested outline (one heading each), as Chromium prints it. */
  async function printedPdf(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const pages = [0, 1, 2].map(() => pdf.addPage([1920, 1080]));
    const { context } = pdf;
    const outlinesRef = context.nextRef();
    const refs = pages.map(() => context.nextRef());
    pages.forEach((page, index) => {
      const item = context.obj({ Title: PDFHexString.fromText(`Heading ${index}`), Parent: outlinesRef, Dest: [page.ref, 'XYZ', 0, 1000 - index, 0] });
      const next = refs[index + 1];
      if (next) item.set(PDFName.of('Next'), next);
      context.assign(refs[index] as PDFRef, item);
    });
    context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: refs[0] as PDFRef, Last: refs[2] as PDFRef, Count: 3 }));
    pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
    return pdf.save({ useObjectStreams: false });
  }

  it('appends metadata and one bookmark per slide, named by its title, pointing at its heading', async () => {
    const printed = await printedPdf();
    const finished = await finishPdf(printed, slides, info, true, new Date('2026-01-02T03:04:05Z'));
    expect(finished.pages).toBe(3);
    // Every printed object but the catalog (which now points at the new outline) is copied byte for byte.
    const finishedText = Buffer.from(finished.bytes).toString('latin1');
    const printedObjects = [
      ...Buffer.from(printed)
        .toString('latin1')
        .matchAll(/\n(\d+) 0 obj\n[\s\S]*?endobj/g),
    ];
    const kept = printedObjects.filter((object) => !object[0].includes('/Type /Catalog'));
    expect(kept.length).toBeGreaterThan(5);
    for (const object of kept) expect(finishedText, `object ${object[1]}`).toContain(object[0]);
    const pdf = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect([pdf.getTitle(), pdf.getAuthor(), pdf.getSubject(), pdf.getKeywords()]).toEqual(['T', 'A', 'S', 'k']);
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    const titles: string[] = [];
    const tops: number[] = [];
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      tops.push(item.lookup(PDFName.of('Dest'), PDFArray).lookup(3, PDFNumber).asNumber());
    }
    expect(titles).toEqual(['One', 'Two', 'Three']);
    expect(tops).toEqual([1000, 999, 998]);
    expect(pdf.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('adds XMP metadata with the title and the PDF/UA identifier, and alternate text to each link', async () => {
    const printed = await PDFDocument.load(await printedPdf());
    const link = printed.context.register(
      printed.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 10, 10],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://www.example.org/reports/2023/') },
      }),
    );
    printed.getPage(0).node.set(PDFName.of('Annots'), printed.context.obj([link]));
    const finished = await finishPdf(await printed.save({ useObjectStreams: false }), slides, { ...info, title: 'Talks & <tests>' }, true);
    const pdf = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = metadata instanceof PDFRawStream ? Buffer.from(metadata.getContents()).toString('utf8') : '';
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Talks &amp; &lt;tests&gt;</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
    const annotation = pdf.context.lookup(pdf.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).get(0), PDFDict);
    expect(annotation.lookup(PDFName.of('Contents'), PDFHexString).decodeText()).toBe('Link to example.org (2023)');
  });

  it('says what it expected when the file is not a PDF as Chromium prints it', async () => {
    await expect(finishPdf(new TextEncoder().encode('not a pdf'), slides, info, true)).rejects.toThrow(
      'the printed PDF could not be finished: no startxref at the end (expected a PDF as Chromium prints it).',
    );
  });
});
