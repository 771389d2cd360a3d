/**
 * A TrueType font as Embedded OpenType (EOT), the container PowerPoint keeps an embedded font in
 * (`ppt/fonts/*.fntdata`): a header that repeats the font's identity from its OS/2, head and name
 * tables, then the font itself, neither compressed nor obfuscated. The layout is version
 * 0x00020002 of the W3C submission (https://www.w3.org/submissions/EOT/), with the values
 * LibreOffice writes for the same purpose where the submission leaves a choice.
 */

/** What the EOT header repeats of a font, read from its tables. */
export interface FontFacts {
  /** Names 1, 2, 5 and 4: family, style, version, full name. */
  readonly family: string;
  readonly style: string;
  readonly version: string;
  readonly fullName: string;
  readonly panose: Uint8Array;
  readonly italic: boolean;
  readonly weight: number;
  /** Embedding permissions (OS/2 fsType). */
  readonly fsType: number;
  readonly unicodeRanges: readonly [number, number, number, number];
  readonly codePageRanges: readonly [number, number];
  readonly checkSumAdjustment: number;
}

/** Bytes before the first name's padding. */
const FIXED_HEADER = 80;
const EOT_VERSION = 0x00020002;
const MAGIC = 0x504c;
/** The checksum of an empty root string (0), XORed with the submission's key. */
const EMPTY_ROOT_CHECKSUM = 0x50475342;
/** Windows Latin 1: the code page LibreOffice gives a font without end-user-defined characters. */
const EUDC_CODE_PAGE = 1252;
/** fsType: "restricted licence" (may not be embedded) and "bitmap embedding only". */
const RESTRICTED = 0x0002;
const BITMAP_ONLY = 0x0200;

function tables(font: DataView): Map<string, DataView> {
  const found = new Map<string, DataView>();
  const count = font.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const at = 12 + index * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((offset) => font.getUint8(at + offset)));
    const [offset, length] = [font.getUint32(at + 8), font.getUint32(at + 12)];
    if (offset + length > font.byteLength) throw new Error(`the font's ${tag} table lies past its end`);
    found.set(tag, new DataView(font.buffer, font.byteOffset + offset, length));
  }
  return found;
}

/** A name from the name table: the Windows English one (UTF-16), else any Windows Unicode one. */
function nameOf(name: DataView, id: number): string {
  const [count, strings] = [name.getUint16(2), name.getUint16(4)];
  let best: { offset: number; length: number; rank: number } | null = null;
  for (let index = 0; index < count; index += 1) {
    const at = 6 + index * 12;
    const [platform, encoding, language, nameId] = [0, 2, 4, 6].map((offset) => name.getUint16(at + offset));
    if (nameId !== id || platform !== 3 || (encoding !== 1 && encoding !== 10)) continue;
    const rank = language === 0x0409 ? 0 : 1;
    if (!best || rank < best.rank) best = { length: name.getUint16(at + 8), offset: strings + name.getUint16(at + 10), rank };
  }
  if (!best) return '';
  const units = Array.from({ length: best.length / 2 }, (_, index) => name.getUint16((best?.offset ?? 0) + index * 2));
  return String.fromCharCode(...units);
}

/** What the header needs, read from the font's OS/2, head and name tables. */
export function fontFacts(sfnt: Uint8Array): FontFacts {
  const font = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const found = tables(font);
  const [os2, head, name] = [found.get('OS/2'), found.get('head'), found.get('name')];
  if (!os2 || !head || !name) throw new Error('the font has no OS/2, head or name table');
  const hasCodePages = os2.getUint16(0) >= 1;
  return {
    family: nameOf(name, 1),
    style: nameOf(name, 2),
    version: nameOf(name, 5),
    fullName: nameOf(name, 4),
    panose: new Uint8Array(os2.buffer, os2.byteOffset + 32, 10).slice(),
    italic: (os2.getUint16(62) & 1) === 1,
    weight: os2.getUint16(4),
    fsType: os2.getUint16(8),
    unicodeRanges: [os2.getUint32(42), os2.getUint32(46), os2.getUint32(50), os2.getUint32(54)],
    codePageRanges: hasCodePages ? [os2.getUint32(78), os2.getUint32(82)] : [0, 0],
    checkSumAdjustment: head.getUint32(8),
  };
}

/** Whether the font's licence lets a document carry it: not restricted, not bitmaps only. */
export function embeddable(facts: FontFacts): boolean {
  return (facts.fsType & 0x000f) !== RESTRICTED && (facts.fsType & BITMAP_ONLY) === 0;
}

/** Padding, size and text of one of the header's names: UTF-16, little-endian, with its terminating null. */
function nameField(text: string): number[] {
  const units = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
  const bytes = [...units, 0].flatMap((unit) => [unit & 0xff, unit >> 8]);
  return [0, 0, bytes.length & 0xff, bytes.length >> 8, ...bytes];
}

/** The fixed part of the header, up to the padding before its first name (80 bytes), little-endian. */
function fixedHeader(facts: FontFacts, eotSize: number, fontSize: number): Uint8Array {
  const header = new DataView(new ArrayBuffer(FIXED_HEADER));
  header.setUint32(0, eotSize, true);
  header.setUint32(4, fontSize, true);
  header.setUint32(8, EOT_VERSION, true);
  header.setUint32(12, 0, true); // flags: not subset, not compressed, not obfuscated
  facts.panose.forEach((value, index) => {
    header.setUint8(16 + index, value);
  });
  header.setUint8(26, 0); // charset: ANSI
  header.setUint8(27, facts.italic ? 1 : 0);
  header.setUint32(28, facts.weight, true);
  header.setUint16(32, facts.fsType, true);
  header.setUint16(34, MAGIC, true);
  facts.unicodeRanges.forEach((range, index) => {
    header.setUint32(36 + index * 4, range, true);
  });
  facts.codePageRanges.forEach((range, index) => {
    header.setUint32(52 + index * 4, range, true);
  });
  header.setUint32(60, facts.checkSumAdjustment, true);
  // 64–79: reserved, zero.
  return new Uint8Array(header.buffer);
}

/** After the names: padding, an empty root string and its checksum, the code page, padding, no signature, no EUDC font. */
function tail(): number[] {
  const tail = new DataView(new ArrayBuffer(24));
  tail.setUint32(4, EMPTY_ROOT_CHECKSUM, true);
  tail.setUint32(8, EUDC_CODE_PAGE, true);
  return [...new Uint8Array(tail.buffer)];
}

/** The font wrapped as EOT, for a `.fntdata` part (`facts`: the font's own, when already read). */
export function embeddedOpenType(sfnt: Uint8Array, facts: FontFacts = fontFacts(sfnt)): Uint8Array {
  const names = [facts.family, facts.style, facts.version, facts.fullName].flatMap(nameField);
  const rest = [...names, ...tail()];
  const size = FIXED_HEADER + rest.length + sfnt.length;
  const eot = new Uint8Array(size);
  eot.set(fixedHeader(facts, size, sfnt.length));
  eot.set(rest, FIXED_HEADER);
  eot.set(sfnt, FIXED_HEADER + rest.length);
  return eot;
}
