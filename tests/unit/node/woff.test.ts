import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../src/node/woff.ts';

const FONT = join(import.meta.dirname, '../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff');

/** OpenType's table checksum: the sum of its big-endian 32-bit words, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('unpacks every table of a WOFF 1.0 font, each where the font’s directory says and matching its checksum', async () => {
    const woff = await readFile(FONT);
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    const count = view.getUint16(4);
    expect(count).toBe(woff.readUInt16BE(12));
    const tags: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const at = 12 + index * 16;
      const tag = sfnt.toString('latin1', at, at + 4);
      const [stored, offset, length] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
      expect(offset % 4, tag).toBe(0);
      // The head table's checksum is taken with its checkSumAdjustment as zero.
      const table = new Uint8Array(sfnt.subarray(offset, offset + length));
      if (tag === 'head') table.fill(0, 8, 12);
      expect(checksum(table), tag).toBe(stored);
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['OS/2', 'cmap', 'glyf', 'head', 'name']));
  });

  it('refuses anything that is not WOFF 1.0 (a WOFF2 file, a truncated one)', async () => {
    const woff2 = await readFile(FONT.replace(/\.woff$/, '.woff2'));
    expect(() => woffToSfnt(woff2)).toThrow('not a WOFF 1.0 file');
    const woff = await readFile(FONT);
    expect(() => woffToSfnt(woff.subarray(0, 200))).toThrow(/past the end/);
  });
});
