/**
 * Which of the deck's font files the PowerPoint file carries, and how it carries them: chosen from
 * the faces the measured text uses (tests/fixtures/measured-example-deck.json), written as parts
 * of the package the way PowerPoint lists embedded fonts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deckMeta as exampleMeta } from '../../../examples/minimal/meta.ts';
import { embeddedFonts, fileFor, usedFaces } from '../../../src/export/pptx/embedded-fonts.ts';
import * as libraries from '../../../src/export/pptx/libraries.ts';
import type { FontFaceFile, MeasuredSlide } from '../../../src/export/pptx/measured.ts';
import { writePptx } from '../../../src/export/pptx/write-pptx.ts';
import { presentationOrderProblems } from '../../e2e/ooxml-types.ts';

const slides = JSON.parse(await readFile(join(import.meta.dirname, '../../fixtures/measured-example-deck.json'), 'utf8')) as MeasuredSlide[];
const FONTSOURCE = join(import.meta.dirname, '../../../node_modules/@fontsource');

const file = (family: string, weight: number, latin = true, italic = false): FontFaceFile => {
  const folder = family.toLowerCase().replace(/ /g, '-');
  return { family, weight, italic, latin, path: `${folder}/files/${folder}-${latin ? 'latin' : 'latin-ext'}-${weight}-${italic ? 'italic' : 'normal'}.woff` };
};
/** What the deck's stylesheets load (the Latin files of three faces), and what they do not use. */
const DECK_FILES = [
  file('Source Sans 3', 400),
  file('Source Sans 3', 400, false),
  file('Source Sans 3', 600),
  file('Source Sans 3', 700),
  file('Source Serif 4', 600),
  file('Source Serif 4', 400, true, true),
];
const readFontsource = (path: string): Promise<Uint8Array> => readFile(join(FONTSOURCE, path));

describe('embedded fonts', () => {
  it('finds the faces the text uses: each family, regular or bold (600 and above), italic or not', () => {
    const used = usedFaces(slides);
    expect([...used.keys()].sort()).toEqual(['Source Sans 3', 'Source Serif 4']);
    expect([...(used.get('Source Sans 3')?.faces ?? [])].sort()).toEqual(['bold', 'regular']);
    expect(used.get('Source Serif 4')).toEqual({ faces: new Set(['bold']), serif: true });
  });

  it('takes for each face the deck’s Latin file: 400 for regular, the lightest from 600 for bold, nothing where it has none', () => {
    expect(fileFor(DECK_FILES, 'Source Sans 3', 'regular')).toEqual(file('Source Sans 3', 400));
    expect(fileFor(DECK_FILES, 'Source Sans 3', 'bold')).toEqual(file('Source Sans 3', 600));
    expect(fileFor(DECK_FILES, 'Source Serif 4', 'regular')).toBeUndefined();
    expect(fileFor(DECK_FILES, 'Source Serif 4', 'italic')).toEqual(file('Source Serif 4', 400, true, true));
    expect(fileFor(DECK_FILES, 'Arial', 'regular')).toBeUndefined();
  });

  it('puts each face in the package as PowerPoint lists embedded fonts, in the schema’s place', async () => {
    const { fonts, notices } = await embeddedFonts(slides, DECK_FILES, readFontsource);
    expect(notices).toEqual([]);
    expect(fonts.map((font) => `${font.typeface} ${font.face}`)).toEqual(['Source Sans 3 regular', 'Source Sans 3 bold', 'Source Serif 4 bold']);
    const bytes = await writePptx(libraries, slides, exampleMeta, () => Promise.resolve([]), fonts);
    const zip = await JSZip.loadAsync(bytes);
    const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
    const presentation = await text('ppt/presentation.xml');
    expect(presentationOrderProblems(presentation)).toEqual([]);
    expect(presentation).toMatch(/<p:presentation [^>]*embedTrueTypeFonts="1"/);
    expect(/<p:embeddedFontLst>.*<\/p:embeddedFontLst>/.exec(presentation)?.[0]).toBe(
      '<p:embeddedFontLst>' +
        '<p:embeddedFont><p:font typeface="Source Sans 3" panose="020B0303030403020204" pitchFamily="34" charset="0"/><p:regular r:id="rIdFont1"/><p:bold r:id="rIdFont2"/></p:embeddedFont>' +
        '<p:embeddedFont><p:font typeface="Source Serif 4" panose="02040603050405020204" pitchFamily="18" charset="0"/><p:bold r:id="rIdFont3"/></p:embeddedFont>' +
        '</p:embeddedFontLst>',
    );
    const relationships = await text('ppt/_rels/presentation.xml.rels');
    for (const number of [1, 2, 3]) {
      expect(relationships).toContain(
        `<Relationship Id="rIdFont${number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font${number}.fntdata"/>`,
      );
      const part = await zip.file(`ppt/fonts/font${number}.fntdata`)?.async('uint8array');
      expect(part).toEqual(fonts[number - 1]?.eot);
    }
    expect(await text('[Content_Types].xml')).toContain('<Default Extension="fntdata" ContentType="application/x-fontdata"/>');
  });

  it('leaves out, and says so, a face whose licence forbids embedding', async () => {
    const restricted = async (path: string): Promise<Uint8Array> => {
      const woff = Buffer.from(await readFontsource(path));
      return path.includes('serif') ? restrictWoff(woff) : woff;
    };
    const { fonts, notices } = await embeddedFonts(slides, DECK_FILES, restricted);
    expect(fonts.map((font) => font.typeface)).toEqual(['Source Sans 3', 'Source Sans 3']);
    expect(notices).toEqual(['Source Serif 4 (bold) is not embedded: its licence does not allow it']);
  });
});

/** The WOFF with its OS/2 table's fsType set to "restricted licence" (the table stored uncompressed). */
async function restrictWoff(woff: Buffer): Promise<Uint8Array> {
  const { inflateSync } = await import('node:zlib');
  for (let index = 0; index < woff.readUInt16BE(12); index += 1) {
    const at = 44 + index * 20;
    if (woff.toString('latin1', at, at + 4) !== 'OS/2') continue;
    const [offset, compressed, original] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const table = Buffer.from(compressed < original ? inflateSync(woff.subarray(offset, offset + compressed)) : woff.subarray(offset, offset + compressed));
    table.writeUInt16BE(0x0002, 8);
    const copy = Buffer.concat([woff, table]);
    copy.writeUInt32BE(woff.length, at + 4);
    copy.writeUInt32BE(table.length, at + 8);
    return copy;
  }
  throw new Error('no OS/2 table');
}
