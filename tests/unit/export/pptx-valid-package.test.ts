import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { markHeaderRows, parsePart, serialisePart, validContentTypes, validPresentation, validSlideXml } from '../../../src/export/pptx/valid-package.ts';

const xml = { DOMParser, XMLSerializer };
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const slide = (tree: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:sld ${NS}><p:cSld>${tree}</p:cSld></p:sld>`;
const run = (text: string): string => `<a:r><a:rPr lang="en-GB"/><a:t>${text}</a:t></a:r>`;

describe('validSlideXml', () => {
  it('keeps one paragraph properties element, before the runs', () => {
    const properties = '<a:pPr algn="l"><a:buNone/></a:pPr>';
    const out = validSlideXml(slide(`<a:p>${properties}${run('01')}${properties}${run('The agreement')}</a:p>`), 'slide1.xml', xml);
    expect(out).toContain(`<a:p>${properties}${run('01')}${run('The agreement')}</a:p>`);
  });

  it('gives a repeated shape id a new one, above every other id on the slide', () => {
    const shape = (id: number, name: string): string => `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/></p:nvSpPr></p:sp>`;
    const out = validSlideXml(slide(`${shape(2, 'Title')}${shape(12, 'Table 0')}${shape(12, 'Shape 9')}${shape(13, 'Shape 10')}`), 'slide11.xml', xml);
    expect([...out.matchAll(/id="(\d+)" name="([^"]+)"/g)].map((match) => `${match[2]}=${match[1]}`)).toEqual([
      'Title=2',
      'Table 0=12',
      'Shape 9=14',
      'Shape 10=13',
    ]);
  });

  it('writes an empty line element as what it means, no line, and keeps lines that say something', () => {
    const kept = '<a:ln w="12700"><a:solidFill><a:srgbClr val="17212B"/></a:solidFill></a:ln>';
    const out = validSlideXml(slide(`<p:spPr><a:ln></a:ln></p:spPr><p:spPr>${kept}</p:spPr>`), 'slide1.xml', xml);
    expect(out).toContain(`<p:spPr><a:ln><a:noFill/></a:ln></p:spPr><p:spPr>${kept}</p:spPr>`);
  });

  it('ends a background’s properties with an effect list, once', () => {
    const fill = '<a:solidFill><a:srgbClr val="FBFAF7"/></a:solidFill>';
    const out = validSlideXml(slide(`<p:bg><p:bgPr>${fill}</p:bgPr></p:bg>`), 'slide1.xml', xml);
    expect(out).toContain(`<p:bgPr>${fill}<a:effectLst/></p:bgPr>`);
    expect(validSlideXml(out, 'slide1.xml', xml)).toBe(out);
  });

  it('keeps the XML declaration, and names the part that is not well-formed', () => {
    expect(validSlideXml(slide(''), 'slide1.xml', xml)).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\r\n<p:sld /);
    expect(() => validSlideXml(`<p:sld ${NS}><p:cSld>`, 'ppt/slides/slide3.xml', xml)).toThrow(
      /^the PowerPoint part ppt\/slides\/slide3\.xml is not well-formed XML: /,
    );
  });
});

describe('validContentTypes', () => {
  it('lists only the parts the file has', () => {
    const master = (n: number): string => `<Override PartName="/ppt/slideMasters/slideMaster${n}.xml" ContentType="master"/>`;
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>${master(1)}${master(2)}${master(3)}</Types>`;
    const out = validContentTypes(types, new Set(['ppt/slideMasters/slideMaster1.xml']), xml);
    expect(out).toContain('<Default Extension="xml" ContentType="application/xml"/>');
    expect(out.match(/slideMaster\d/g)).toEqual(['slideMaster1']);
  });
});

describe('validPresentation', () => {
  // The order pptxgenjs writes: the notes master's list after the slides' list, a slide-sized notes page.
  const written = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:presentation ${NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256"/></p:sldIdLst><p:notesMasterIdLst><p:notesMasterId/></p:notesMasterIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="12192000"/><p:defaultTextStyle/></p:presentation>`;
  const names = (out: string): string[] =>
    [...out.matchAll(/<p:(\w+)[ />]/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => name.endsWith('Lst') || name.endsWith('Sz') || name === 'defaultTextStyle');

  it('puts the children in the schema’s order and sets the notes page', () => {
    const out = validPresentation(written, { cx: 6858000, cy: 9144000 }, xml);
    expect(names(out)).toEqual(['sldMasterIdLst', 'notesMasterIdLst', 'sldIdLst', 'sldSz', 'notesSz', 'defaultTextStyle']);
    expect(out).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
    expect(out).toContain('saveSubsetFonts="1"');
    expect(validPresentation(out, { cx: 6858000, cy: 9144000 }, xml)).toBe(out);
  });
});

describe('markHeaderRows', () => {
  it('marks the tables whose first row is a header row, in order', () => {
    const table = '<a:tbl><a:tblPr/><a:tr/></a:tbl>';
    const document = parsePart(slide(`${table}${table}${table}`), 'slide7.xml', xml);
    markHeaderRows(document, [true, false, true]);
    expect(serialisePart(document, xml).match(/<a:tblPr[^>]*>/g)).toEqual(['<a:tblPr firstRow="1"/>', '<a:tblPr/>', '<a:tblPr firstRow="1"/>']);
  });
});
