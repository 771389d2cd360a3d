/**
 * The EOT wrapping of an embedded font, read back field by field at the offsets of the W3C
 * submission (version 0x00020002, https://www.w3.org/submissions/EOT/): little-endian numbers,
 * UTF-16LE names, the font itself at the end.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddable, embeddedOpenType, fontFacts } from '../../../src/export/pptx/eot.ts';
import { woffToSfnt } from '../../../src/node/woff.ts';

const fontsource = (family: string, weight: number): string =>
  join(import.meta.dirname, `../../../node_modules/@fontsource/${family}/files/${family}-latin-${weight}-normal.woff`);

/** Where a table starts in a font, from its directory. */
function tableOffset(sfnt: Buffer, tag: string): number {
  for (let index = 0; index < sfnt.readUInt16BE(4); index += 1) {
    const at = 12 + index * 16;
    if (sfnt.toString('latin1', at, at + 4) === tag) return sfnt.readUInt32BE(at + 8);
  }
  throw new Error(`no ${tag} table`);
}

/** The header's names, each after its padding and size: family, style, version, full name. */
function names(eot: Buffer): { texts: string[]; end: number } {
  let at = 80;
  const texts: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    expect(eot.readUInt16LE(at), 'padding').toBe(0);
    const size = eot.readUInt16LE(at + 2);
    texts.push(eot.toString('utf16le', at + 4, at + 4 + size).replace(/\0$/, ''));
    at += 4 + size;
  }
  return { texts, end: at };
}

describe('embeddedOpenType', () => {
  it('reads the font’s identity from its OS/2, head and name tables', async () => {
    const facts = fontFacts(woffToSfnt(await readFile(fontsource('source-sans-3', 400))));
    expect(facts).toMatchObject({ family: 'Source Sans 3', style: 'Regular', fullName: 'Source Sans 3 Regular', weight: 400, italic: false, fsType: 0 });
    expect([...facts.panose]).toEqual([2, 11, 3, 3, 3, 4, 3, 2, 2, 4]);
    expect(facts.version).toMatch(/^Version 3\./);
    expect(embeddable(facts)).toBe(true);
  });

  it('writes the header of version 0x00020002 and the font after it, unchanged', async () => {
    const sfnt = woffToSfnt(await readFile(fontsource('source-serif-4', 600)));
    const eot = Buffer.from(embeddedOpenType(sfnt));
    const facts = fontFacts(sfnt);
    expect(eot.readUInt32LE(0)).toBe(eot.length); // EOTSize
    expect(eot.readUInt32LE(4)).toBe(sfnt.length); // FontDataSize
    expect(eot.readUInt32LE(8)).toBe(0x00020002);
    expect(eot.readUInt32LE(12)).toBe(0); // not subset, compressed or obfuscated
    expect([...eot.subarray(16, 26)]).toEqual([...facts.panose]);
    expect(eot.readUInt8(27)).toBe(0); // not italic
    expect(eot.readUInt32LE(28)).toBe(600);
    expect(eot.readUInt16LE(32)).toBe(facts.fsType);
    expect(eot.readUInt16LE(34)).toBe(0x504c); // the magic number
    expect([0, 1, 2, 3].map((index) => eot.readUInt32LE(36 + index * 4))).toEqual(facts.unicodeRanges);
    expect(eot.readUInt32LE(60)).toBe(facts.checkSumAdjustment);
    expect([...eot.subarray(64, 80)].every((byte) => byte === 0)).toBe(true); // reserved
    const { texts, end } = names(eot);
    expect(texts).toEqual([facts.family, facts.style, facts.version, facts.fullName]);
    expect(texts[0]).toBe('Source Serif 4 SemiBold');
    // An empty root string (its checksum XORed with 0x50475342), no signature, no EUDC font.
    expect([eot.readUInt16LE(end), eot.readUInt16LE(end + 2), eot.readUInt32LE(end + 4)]).toEqual([0, 0, 0x50475342]);
    expect([eot.readUInt16LE(end + 14), eot.readUInt32LE(end + 20)]).toEqual([0, 0]);
    expect(end + 24 + sfnt.length).toBe(eot.length);
    expect(eot.subarray(end + 24).equals(sfnt)).toBe(true);
  });

  it('will not embed a font whose licence restricts it, or allows bitmaps only', async () => {
    const sfnt = woffToSfnt(await readFile(fontsource('source-sans-3', 600)));
    const os2 = tableOffset(sfnt, 'OS/2');
    for (const [fsType, allowed] of [
      [0x0000, true], // installable
      [0x0004, true], // preview and print
      [0x0008, true], // editable
      [0x0002, false], // restricted licence
      [0x0208, false], // editable, bitmaps only
    ] as const) {
      const copy = Buffer.from(sfnt);
      copy.writeUInt16BE(fsType, os2 + 8);
      expect(embeddable(fontFacts(copy)), `fsType ${fsType}`).toBe(allowed);
    }
  });
});
