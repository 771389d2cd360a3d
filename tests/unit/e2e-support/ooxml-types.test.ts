import { describe, expect, it } from 'vitest';
import { attributeProblems, presentationOrderProblems } from '../../e2e/ooxml-types.ts';

describe('attributeProblems', () => {
  it('names each value out of its simple type, with the part, element and attribute', () => {
    const xml =
      '<p:sp><p:nvSpPr><p:cNvPr id="-2" name="Shape 1"/></p:nvSpPr><a:p><a:pPr algn="l" marL="-127" indent="--127"/>' +
      '<a:r><a:rPr lang="en-GB" sz="50" spc="120"/></a:r></a:p><a:ln w="12700"><a:srgbClr val="red"/></a:ln><a:buSzPct val="100%"/></p:sp>';
    expect(attributeProblems(xml, 'ppt/slides/slide14.xml')).toEqual([
      'ppt/slides/slide14.xml: <p:cNvPr id>: -2 is outside ST_DrawingElementId (0 to 4294967295)',
      'ppt/slides/slide14.xml: <a:pPr marL>: -127 is outside ST_TextMargin (0 to 51206400)',
      'ppt/slides/slide14.xml: <a:pPr indent>: "--127" is not an integer (ST_TextIndent)',
      'ppt/slides/slide14.xml: <a:rPr sz>: 50 is outside ST_TextFontSize (100 to 400000)',
      'ppt/slides/slide14.xml: <a:srgbClr val>: "red" is not six hex digits (ST_HexColorRGB)',
      'ppt/slides/slide14.xml: <a:buSzPct val>: "100%" is not an integer (ST_TextBulletSizePercent)',
    ]);
  });

  it('passes values of their type, and attributes it does not know', () => {
    const xml = '<a:pPr marL="342900" indent="-342900" algn="l"/><a:rPr sz="2400" spc="-50" lang="en-GB"/><a:srgbClr val="17212B"/><a:off x="-5" y="0"/>';
    expect(attributeProblems(xml, 'ppt/slides/slide1.xml')).toEqual([]);
  });
});

describe('presentationOrderProblems', () => {
  const presentation = (children: string): string => `<?xml version="1.0"?><p:presentation xmlns:p="p">${children}</p:presentation>`;

  it('names the first child out of the schema’s order', () => {
    const xml = presentation(
      '<p:sldMasterIdLst><p:sldMasterId id="1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256"/></p:sldIdLst><p:notesMasterIdLst/><p:sldSz cx="1" cy="1"/>',
    );
    expect(presentationOrderProblems(xml)).toEqual([expect.stringMatching(/^ppt\/presentation.xml: <p:notesMasterIdLst> comes after <p:sldIdLst>/)]);
  });

  it('passes children in order, and names a child the schema does not allow', () => {
    expect(
      presentationOrderProblems(presentation('<p:sldMasterIdLst/><p:notesMasterIdLst/><p:sldIdLst><p:sldId/></p:sldIdLst><p:sldSz/><p:notesSz/>')),
    ).toEqual([]);
    expect(presentationOrderProblems(presentation('<p:sldIdLst/><p:slides/>'))).toEqual([
      'ppt/presentation.xml: <p:slides> is not a child CT_Presentation allows',
    ]);
  });
});
