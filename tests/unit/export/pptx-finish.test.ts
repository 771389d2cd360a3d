import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Document } from '@xmldom/xmldom';
import { finishPptx } from '../../../src/export/pptx/finish-pptx.ts';
import { addKeywords, groupParts, hangTabbedParagraphs, type PartsGroup, placeTitle } from '../../../src/export/pptx/part-edits.ts';
import { parsePart, serialisePart } from '../../../src/export/pptx/valid-package.ts';

/** The namespaces of a slide part, declared as pptxgenjs declares them. */
const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const libraries = { JSZip, xml: { DOMParser, XMLSerializer } };

const NOTES = `<p:notes ${NS}><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>all in one</a:t></a:r></a:p></p:txBody></p:sp></p:notes>`;

async function pptxLike(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('ppt/slides/slide1.xml', `<p:sld ${NS}><p:pic><p:cNvPr id="2" name="map picture 1" descr="A map"/><a:blip r:embed="rId2"/></p:pic></p:sld>`);
  zip.file(
    'ppt/slides/_rels/slide1.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="…/image" Target="../media/image-1-1.png"/><Relationship Id="rId3" Type="…/image" Target="../media/image-1-2.svg"/></Relationships>',
  );
  zip.file('ppt/media/image-1-1.png', 'placeholder');
  zip.file('ppt/notesSlides/notesSlide1.xml', NOTES);
  zip.file('ppt/presentation.xml', `<p:presentation ${NS}><p:notesSz cx="6858000" cy="12192000"/></p:presentation>`);
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/slides/slide1.xml" ContentType="slide"/></Types>',
  );
  zip.file(
    'docProps/core.xml',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></cp:coreProperties>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('finishPptx', () => {
  it('puts the real PNG where the picture’s fallback is, splits the notes into paragraphs, adds the keywords', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const bytes = await finishPptx(libraries, await pptxLike(), {
      pictures: [{ slide: 1, name: 'map picture 1', png }],
      notes: [['First paragraph.', '[click] Second & last.']],
      keywords: ['CIS-MOA', 'Pakistan'],
      groups: [],
      titles: [],
      language: 'en-GB',
    });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('ppt/media/image-1-1.png')?.async('uint8array')).toEqual(png);
    const notes = (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? '';
    expect(notes).not.toContain('all in one');
    expect(notes).toContain('<a:t>First paragraph.</a:t></a:r></a:p><a:p>');
    // The click cue bold, as in the deck; every run in the deck's language.
    expect(notes).toContain(
      '<a:r><a:rPr dirty="0" sz="1100" b="1" lang="en-GB"/><a:t>[click]</a:t></a:r><a:r><a:rPr dirty="0" sz="1100" lang="en-GB"/><a:t> Second &amp; last.</a:t>',
    );
    // A portrait 7.5 × 10 in notes page (pptxgenjs wrote 13.3 in), its notes box down to 0.5 in above the foot.
    expect(await zip.file('ppt/presentation.xml')?.async('string')).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
    expect(notes).toContain('<a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="4286250"/>');
    expect(notes).not.toMatch(/lang="(?!en-GB)/);
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<cp:keywords>CIS-MOA, Pakistan</cp:keywords>');
  });

  it('names the slide and picture when a fallback cannot be found', async () => {
    await expect(
      finishPptx(libraries, await pptxLike(), {
        pictures: [{ slide: 1, name: 'nowhere', png: new Uint8Array() }],
        notes: [],
        keywords: [],
        groups: [],
        titles: [],
        language: 'en-GB',
      }),
    ).rejects.toThrow('slide 1: the picture "nowhere" has no fallback image to replace');
  });
});

const xml = { DOMParser, XMLSerializer };
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
/** A slide tree, edited as a parsed document, then written back: the tree's XML after the edit. */
function edited(tree: string, edit: (document: Document) => void): string {
  const document = parsePart(`<p:sld ${NS}><p:cSld>${tree}</p:cSld></p:sld>`, 'slide.xml', xml);
  edit(document);
  return serialisePart(document, xml).replace(DECLARATION, '').replace(`<p:sld ${NS}><p:cSld>`, '').replace('</p:cSld></p:sld>', '');
}

describe('groupParts', () => {
  const part = (id: number, name: string): string => `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/></p:nvSpPr></p:sp>`;
  const slide = `<p:spTree>${part(2, 'title')}${part(3, 'chart part 1')}${part(4, 'chart part 2')}${part(5, 'chart part 3')}${part(6, 'source')}</p:spTree>`;
  const group: PartsGroup = {
    slide: 4,
    name: 'chart visual 1',
    alt: 'Timeline to scale. 2005 & after',
    emu: { x: 10, y: 20, w: 300, h: 400 },
    first: 'chart part 1',
    last: 'chart part 3',
  };

  it('wraps the parts from the first to the last in one group with the alt text as its description, and a fresh id', () => {
    const grouped = edited(slide, (document) => groupParts(document, group));
    expect(grouped).toBe(
      `<p:spTree>${part(2, 'title')}<p:grpSp><p:nvGrpSpPr><p:cNvPr id="7" name="chart visual 1" descr="Timeline to scale. 2005 &amp; after"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
        '<p:grpSpPr><a:xfrm><a:off x="10" y="20"/><a:ext cx="300" cy="400"/><a:chOff x="10" y="20"/><a:chExt cx="300" cy="400"/></a:xfrm></p:grpSpPr>' +
        `${part(3, 'chart part 1')}${part(4, 'chart part 2')}${part(5, 'chart part 3')}</p:grpSp>${part(6, 'source')}</p:spTree>`,
    );
  });

  it('names the slide and the visual when its parts are not there', () => {
    expect(() => edited(slide, (document) => groupParts(document, { ...group, last: 'chart part 9' }))).toThrow(
      'slide 4: the parts of "chart visual 1" (chart part 1 to chart part 9) are not in the slide',
    );
  });
});

describe('placeTitle', () => {
  const shape = (id: number, placeholder: string): string =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"/><p:nvPr>${placeholder}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="812810" y="952530"/><a:ext cx="10566441" cy="634959"/></a:xfrm></p:spPr></p:sp>`;
  const title = shape(4, '<p:ph idx="100" type="title"/>');
  const slide = `<p:spTree>${shape(2, '')}${title}</p:spTree>`;

  it('puts the title placeholder at the measured box, and leaves the other shapes where they are', () => {
    const moved = title.replace('<a:off x="812810" y="952530"/><a:ext cx="10566441" cy="634959"/>', '<a:off x="1" y="2"/><a:ext cx="3" cy="4"/>');
    // The expected tree written back as the edit writes it (an empty element closes itself).
    expect(edited(slide, (document) => placeTitle(document, 1, { x: 1, y: 2, w: 3, h: 4 }))).toBe(
      edited(`<p:spTree>${shape(2, '')}${moved}</p:spTree>`, () => undefined),
    );
  });

  it('names the slide when it has no title placeholder', () => {
    expect(() => edited(`<p:spTree>${shape(2, '')}</p:spTree>`, (document) => placeTitle(document, 3, { x: 0, y: 0, w: 1, h: 1 }))).toThrow(
      'slide 3 has no title placeholder to place',
    );
  });
});

describe('hangTabbedParagraphs', () => {
  const spacing = '<a:lnSpc><a:spcPts val="2000"/></a:lnSpc><a:buNone/>';
  it('hangs a paragraph in two columns from its tab stop, so wrapped lines start under the second column', () => {
    const xml = `<a:p><a:pPr algn="l" indent="0" marL="0">${spacing}<a:tabLst><a:tab pos="1589959" algn="l"/></a:tabLst></a:pPr><a:r><a:t>Jul 2023</a:t></a:r></a:p>`;
    expect(edited(xml, hangTabbedParagraphs)).toBe(xml.replace('indent="0" marL="0"', 'indent="-1589959" marL="1589959"'));
    // Whatever the attributes' order.
    const reordered = xml.replace('algn="l" indent="0" marL="0"', 'marL="0" algn="l" indent="0"');
    expect(edited(reordered, hangTabbedParagraphs)).toBe(reordered.replace('marL="0" algn="l" indent="0"', 'marL="1589959" algn="l" indent="-1589959"'));
  });

  it('leaves paragraphs without tab stops, with several, and bulleted ones, as they are', () => {
    const columns = `<a:p><a:pPr algn="l" indent="0" marL="0">${spacing}<a:tabLst><a:tab pos="400" algn="l"/><a:tab pos="1589959" algn="l"/></a:tabLst></a:pPr></a:p>`;
    expect(edited(columns, hangTabbedParagraphs)).toBe(columns);
    const plain = `<a:p><a:pPr algn="l" indent="0" marL="0">${spacing}</a:pPr><a:r><a:t>Text</a:t></a:r></a:p><a:p><a:pPr algn="l" indent="0" marL="0"><a:buNone/></a:pPr><a:tabLst><a:tab pos="9" algn="l"/></a:tabLst></a:p>`;
    const bulleted = '<a:p><a:pPr algn="l" marL="342900" indent="-342900"><a:buChar char="▪"/><a:tabLst><a:tab pos="500" algn="l"/></a:tabLst></a:pPr></a:p>';
    expect(edited(plain + bulleted, hangTabbedParagraphs)).toBe(plain + bulleted);
  });
});

describe('addKeywords', () => {
  it('adds the keywords to the document properties, escaped as text', () => {
    const core = parsePart(
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><dc:title xmlns:dc="d">T</dc:title></cp:coreProperties>',
      'core.xml',
      xml,
    );
    addKeywords(core, ['A & B', 'C']);
    expect(serialisePart(core, xml)).toContain('<cp:keywords>A &amp; B, C</cp:keywords></cp:coreProperties>');
  });
});
