import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { markDecorative } from '../../../src/export/pptx/decorative.ts';
import { parsePart, serialisePart } from '../../../src/export/pptx/valid-package.ts';

const xml = { DOMParser, XMLSerializer };
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const shape = (id: number, text: string): string =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>${text ? `<p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody>` : ''}</p:sp>`;

describe('markDecorative', () => {
  it('marks shapes with no text on the slide decorative, and leaves text, groups’ parts and pictures alone', () => {
    const slide = `<p:sld ${NS}><p:cSld><p:spTree>${shape(2, '')}${shape(3, 'Title')}<p:grpSp>${shape(4, '')}</p:grpSp><p:pic><p:nvPicPr><p:cNvPr id="5" name="Picture"/></p:nvPicPr></p:pic>${shape(6, ' ')}</p:spTree></p:cSld></p:sld>`;
    const document = parsePart(slide, 'slide1.xml', xml);
    markDecorative(document);
    markDecorative(document); // once only
    const out = serialisePart(document, xml);
    const decorative = [...out.matchAll(/<p:cNvPr id="(\d+)"[^>]*?(\/>|>(.*?)<\/p:cNvPr>)/g)].filter((match) =>
      (match[3] ?? '').includes('adec:decorative val="1"'),
    );
    expect(decorative.map((match) => match[1])).toEqual(['2', '6']);
    expect(out.match(/adec:decorative/g)).toHaveLength(2);
    expect(out).toContain('uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"');
  });
});
