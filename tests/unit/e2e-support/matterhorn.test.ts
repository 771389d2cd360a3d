import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { matterhornFailures } from '../../e2e/matterhorn.ts';

describe('matterhornFailures', () => {
  it('says a PDF without a structure tree is not tagged', async () => {
    expect(matterhornFailures(await PDFDocument.create())).toEqual(['01: no structure tree (StructTreeRoot)']);
  });

  it('names each condition a tagged but careless PDF fails', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([100, 100]);
    const { context } = pdf;
    const element = (type: string, extra: Record<string, unknown> = {}) => context.register(context.obj({ Type: 'StructElem', S: type, ...extra }));
    const cell = element('TD');
    const kids = [element('H2'), element('H4'), element('Figure'), element('Strong'), cell, element('TH')];
    pdf.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: kids })));
    pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true, Suspects: true }));
    expect(matterhornFailures(pdf)).toEqual([
      '01-007: /MarkInfo /Suspects is true',
      '06-001: no XMP metadata stream',
      '06-003: the metadata has no dc:title',
      '06-002: the metadata has no PDF/UA identifier (pdfuaid:part 1)',
      '07-001: /ViewerPreferences /DisplayDocTitle is not true',
      '11-001: the natural language of the text cannot be determined (no /Lang)',
      '13-004: a Figure without alternate text',
      '02-001: the structure type Strong is neither standard nor role-mapped to one',
      '09-004: a TD inside a StructTreeRoot',
      '09-004: a TH inside a StructTreeRoot',
      '15-003: a TH without a Scope (and the table does not use Headers throughout)',
      '14-002: the first heading is H2, not H1',
      '14-003: H2 is followed by H4 (a level skipped)',
    ]);
  });

  it('accepts a type the role map maps to a standard one', async () => {
    const pdf = await PDFDocument.create();
    const { context } = pdf;
    const strong = context.register(context.obj({ Type: 'StructElem', S: 'Strong' }));
    pdf.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: [strong], RoleMap: { Strong: 'Span' } })));
    pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en-GB'));
    expect(matterhornFailures(pdf).filter((failure) => failure.startsWith('02') || failure.startsWith('11'))).toEqual([]);
  });
});
