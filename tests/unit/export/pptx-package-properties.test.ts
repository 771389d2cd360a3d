import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { appProperties, declareFontFamilies, setLanguage, slideText } from '../../../src/export/pptx/package-properties.ts';
import { parsePart, serialisePart } from '../../../src/export/pptx/valid-package.ts';

const xml = { DOMParser, XMLSerializer };
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const run = (text: string, font = 'Source Sans 3'): string => `<a:r><a:rPr lang="en-US"><a:latin typeface="${font}"/></a:rPr><a:t>${text}</a:t></a:r>`;
const shape = (placeholder: string, paragraphs: string[]): string =>
  `<p:sp><p:nvSpPr><p:nvPr>${placeholder}</p:nvPr></p:nvSpPr><p:txBody>${paragraphs.map((paragraph) => `<a:p>${paragraph}<a:endParaRPr lang="en-US"/></a:p>`).join('')}</p:txBody></p:sp>`;
const SLIDE = `<p:sld ${NS}><p:cSld><p:spTree>${shape('<p:ph type="title"/>', [`${run('Lapsed in', 'Source Serif 4')}<a:br/>${run('2020', 'Source Serif 4')}`])}${shape('', [run('Two words'), '', run('and three more', '+mn-lt')])}</p:spTree></p:cSld></p:sld>`;

describe('the file’s language', () => {
  it('is the deck’s for every run and paragraph end', () => {
    const document = parsePart(SLIDE, 'slide1.xml', xml);
    setLanguage(document, 'en-GB');
    const out = serialisePart(document, xml);
    // Four runs and four paragraph ends.
    expect(out.match(/lang="[^"]+"/g)).toEqual(Array(8).fill('lang="en-GB"'));
  });
});

describe('declareFontFamilies', () => {
  it('declares the deck’s serifs as roman (18) and every other font as swiss (34), so a substitute is of the same kind', () => {
    const fonts = (family: string): string =>
      `<a:rPr><a:latin typeface="${family}" pitchFamily="34" charset="0"/><a:ea typeface="${family}" pitchFamily="34" charset="-122"/></a:rPr>`;
    const document = parsePart(`<p:sld ${NS}>${fonts('Source Serif 4')}${fonts('Source Sans 3')}<a:latin typeface="+mn-lt"/></p:sld>`, 'slide1.xml', xml);
    declareFontFamilies(document, new Set(['Source Serif 4']));
    const out = serialisePart(document, xml);
    expect(out.match(/typeface="[^"]+"( pitchFamily="\d+")?/g)).toEqual([
      'typeface="Source Serif 4" pitchFamily="18"',
      'typeface="Source Serif 4" pitchFamily="18"',
      'typeface="Source Sans 3" pitchFamily="34"',
      'typeface="Source Sans 3" pitchFamily="34"',
      'typeface="+mn-lt"',
    ]);
  });
});

describe('slideText', () => {
  it('reads the title placeholder, the fonts named (not theme references), words and paragraphs with text', () => {
    expect(slideText(parsePart(SLIDE, 'slide1.xml', xml))).toEqual({
      title: 'Lapsed in 2020',
      fonts: ['Source Serif 4', 'Source Sans 3'],
      words: 8,
      paragraphs: 3,
    });
  });
});

describe('appProperties', () => {
  const APP = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Words>0</Words><Paragraphs>0</Paragraphs><HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>Slide 1</vt:lpstr><vt:lpstr>Slide 2</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;

  it('names the fonts the slides use, the theme, each slide’s title, and counts words and paragraphs', () => {
    const out = appProperties(
      APP,
      [
        { title: 'First', fonts: ['Source Serif 4', 'Source Sans 3'], words: 10, paragraphs: 3 },
        { title: 'Second', fonts: ['Source Sans 3'], words: 5, paragraphs: 2 },
      ],
      xml,
    );
    expect(out).toContain('<Words>15</Words><Paragraphs>5</Paragraphs>');
    expect(out).toContain(
      '<vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>',
    );
    expect(out).toContain(
      '<vt:vector size="5" baseType="lpstr"><vt:lpstr>Source Serif 4</vt:lpstr><vt:lpstr>Source Sans 3</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>First</vt:lpstr><vt:lpstr>Second</vt:lpstr></vt:vector>',
    );
  });
});
