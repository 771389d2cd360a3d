import { PDFDocument } from 'pdf-lib';
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
  return pdf.save();
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
