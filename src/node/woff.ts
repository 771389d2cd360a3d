/**
 * The plain TrueType/OpenType font inside a WOFF 1.0 file (the same tables, each stored
 * zlib-compressed or as it is), for programs that do not read WOFF: LibreOffice, and PowerPoint's
 * embedded fonts. @fontsource ships WOFF beside WOFF2.
 */
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

const align4 = (value: number): number => (value + 3) & ~3;

interface Table {
  readonly tag: Uint8Array;
  readonly checksum: number;
  readonly data: Uint8Array;
}

function woffTables(woff: Buffer): Table[] {
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, index) => {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    const [offset, compressed, original] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    if (offset + compressed > woff.length) throw new Error('a WOFF table lies past the end of the file');
    const stored = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < original ? inflateSync(stored) : stored };
  });
}

/** The SFNT font inside a WOFF 1.0 file; an error for anything else. */
export function woffToSfnt(bytes: Uint8Array): Buffer {
  const woff = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (woff.length < WOFF_HEADER || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const tables = woffTables(woff);
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * SFNT_ENTRY);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header.length;
  const bodies = tables.map((table, index) => {
    const at = 12 + index * SFNT_ENTRY;
    header.set(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(align4(table.data.length));
    padded.set(table.data);
    offset += padded.length;
    return padded;
  });
  return Buffer.concat([header, ...bodies]);
}
