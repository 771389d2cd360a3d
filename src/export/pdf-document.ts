import { deflateSync, inflateSync } from 'node:zlib';
import { markArtifacts } from './pdf-artifacts.ts';
import { linkDescription, xmpPacket } from './pdf-metadata.ts';
import type { PrintedSlide } from './print.ts';

/*
 * Finishes the PDF Chromium printed: its objects are copied as printed, byte for byte, except a
 * few that are replaced or added (document info, XMP metadata, a flat outline, link annotations
 * with their alternate text, page contents with their untagged drawing marked as artifacts, the
 * structure tree's role map, the catalog pointing at them), under one new cross-reference table. Much cheaper than parsing and
 * rewriting every object, and it only needs the simple structure Chromium (Skia) writes: a
 * classic cross-reference table and plain dictionaries for the catalog, pages and outline.
 */

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
}

export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

class UnreadablePdfError extends Error {
  constructor(detail: string) {
    super(`the printed PDF could not be finished: ${detail} (expected a PDF as Chromium prints it).`);
    this.name = 'UnreadablePdfError';
  }
}

/** The printed file as text, one character per byte, and where its objects are. */
interface ParsedPdf {
  readonly text: string;
  readonly offsets: ReadonlyMap<number, number>;
  readonly size: number;
  readonly root: number;
  readonly startxref: number;
}

function parse(bytes: Uint8Array): ParsedPdf {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!end) throw new UnreadablePdfError('no startxref at the end');
  const startxref = Number(end[1]);
  const offsets = new Map<number, number>();
  let trailer = '';
  for (let at: number | undefined = startxref; at !== undefined; ) {
    const section = /^xref\s+([\s\S]*?)trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at));
    if (!section) throw new UnreadablePdfError('no classic cross-reference table');
    const lines = (section[1] ?? '').trim().split(/\s*\n\s*/);
    for (let line = 0; line < lines.length; ) {
      const [first = 0, count = 0] = (lines[line] ?? '').split(/\s+/).map(Number);
      for (let entry = 0; entry < count; entry += 1) {
        const [offset, , kind] = (lines[line + 1 + entry] ?? '').split(/\s+/);
        if (kind === 'n' && !offsets.has(first + entry)) offsets.set(first + entry, Number(offset));
      }
      line += 1 + count;
    }
    trailer ||= section[2] ?? '';
    const previous = /\/Prev\s+(\d+)/.exec(section[2] ?? '');
    at = previous ? Number(previous[1]) : undefined;
  }
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer);
  if (!size || !root) throw new UnreadablePdfError('no /Size or /Root in the trailer');
  return { text, offsets, size: Number(size[1]), root: Number(root[1]), startxref };
}

/** The dictionary of object `number` (for the plain dictionaries read here, never streams). */
function objectText(pdf: ParsedPdf, number: number): string {
  const offset = pdf.offsets.get(number);
  if (offset === undefined) throw new UnreadablePdfError(`object ${number} is missing`);
  const end = pdf.text.indexOf('endobj', offset);
  const body = /^\s*\d+\s+\d+\s+obj\s*([\s\S]*)$/.exec(pdf.text.slice(offset, end));
  if (!body || end < 0) throw new UnreadablePdfError(`object ${number} is malformed`);
  return (body[1] ?? '').trim();
}

const reference = (dictionary: string, key: string): number | undefined => {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
  return match ? Number(match[1]) : undefined;
};

/** The destinations of Chromium's outline entries (one per heading), in document order. */
function headingDestinations(pdf: ParsedPdf, catalog: string): string[] {
  const found: string[] = [];
  const visit = (first: number | undefined, depth: number): void => {
    for (let item = first; item !== undefined; ) {
      if (depth > 64 || found.length > 10_000) throw new UnreadablePdfError('the outline does not end');
      const entry = objectText(pdf, item);
      const destination = /\/Dest\s*(\[[^\]]*\])/.exec(entry);
      if (destination) found.push(destination[1] ?? '');
      visit(reference(entry, 'First'), depth + 1);
      item = reference(entry, 'Next');
    }
  };
  const outlines = reference(catalog, 'Outlines');
  if (outlines !== undefined) visit(reference(objectText(pdf, outlines), 'First'), 0);
  return found;
}

/** A text string as PDF writes any Unicode text: UTF-16BE with a byte-order mark, in hex. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** What made the file, in its Info dictionary and metadata. */
const CREATOR = 'npm run export: reveal.js print view, Chromium';
const PRODUCER = 'Chromium (Skia/PDF)';

/** D:YYYYMMDDHHmmSSZ */
const pdfDate = (date: Date): string => `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

/** The catalog with its outline and metadata replaced, and the outline shown when the file opens. */
function updatedCatalog(catalog: string, outlines: number, metadata: number): string {
  const without = catalog.replace(/\/(Outlines|Metadata)\s+\d+\s+0\s+R/g, '').replace(/\/PageMode\s*\/\w+/, '');
  const close = without.lastIndexOf('>>');
  return `${without.slice(0, close).trimEnd()}\n/Outlines ${outlines} 0 R\n/Metadata ${metadata} 0 R\n/PageMode /UseOutlines>>`;
}

/**
 * PDF 2.0 structure types Chromium may write (e.g. Strong for a bold cue), mapped to the PDF 1.7
 * standard types PDF/UA-1 knows: a reader then knows what each is (Matterhorn 02-001).
 */
const ROLE_MAP = { Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', Aside: 'Sect', FENote: 'Note', DocumentFragment: 'Part' } as const;

/** The structure tree root with a role map, unless it has one. */
function withRoleMap(root: string): string {
  if (/\/RoleMap\b/.test(root)) return root;
  const close = root.lastIndexOf('>>');
  const entries = Object.entries(ROLE_MAP).map(([type, standard]) => `/${type} /${standard}`);
  return `${root.slice(0, close).trimEnd()}\n/RoleMap <<${entries.join(' ')}>>>>`;
}

/** Chromium's link annotations that lack alternate text, each with /Contents added (where it goes). */
function describedLinks(pdf: ParsedPdf): Map<number, string> {
  const links = new Map<number, string>();
  for (const match of pdf.text.matchAll(/(\d+)\s+0\s+obj\s*<<\s*\/Type\s*\/Annot\s*\/Subtype\s*\/Link\b/g)) {
    const number = Number(match[1]);
    if (pdf.offsets.get(number) !== match.index) continue; // an older version of the object
    const dictionary = objectText(pdf, number);
    const uri = /\/URI\s*\(((?:\\.|[^\\)])*)\)/.exec(dictionary)?.[1];
    if (uri === undefined || /\/Contents\b/.test(dictionary)) continue;
    const close = dictionary.lastIndexOf('>>');
    links.set(number, `${dictionary.slice(0, close)}\n/Contents ${textString(linkDescription(uri.replace(/\\(.)/g, '$1')))}>>`);
  }
  return links;
}

/** The bytes of stream object `number` as Chromium wrote them (Flate-compressed or not) and its dictionary. */
function rawStream(pdf: ParsedPdf, number: number): { dictionary: string; data: Buffer } {
  const offset = pdf.offsets.get(number);
  const head = offset === undefined ? null : /^\s*\d+\s+\d+\s+obj\s*(<<[\s\S]*?>>)\s*stream\r?\n/.exec(pdf.text.slice(offset, offset + 4096));
  if (offset === undefined || !head) throw new UnreadablePdfError(`object ${number} is not a stream`);
  const dictionary = head[1] ?? '';
  const direct = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
  const indirect = reference(dictionary, 'Length');
  const length = direct ? Number(direct[1]) : indirect === undefined ? Number.NaN : Number(objectText(pdf, indirect));
  if (!Number.isFinite(length)) throw new UnreadablePdfError(`stream ${number} has no length`);
  const start = offset + head[0].length;
  return { dictionary, data: Buffer.from(pdf.text.slice(start, start + length), 'latin1') };
}

/**
 * Each page content stream that draws something untagged, anew with that drawing marked as an
 * artifact (pdf-artifacts.ts), compressed again.
 */
function contentsWithArtifacts(pdf: ParsedPdf): Map<number, string> {
  const streams = new Map<number, string>();
  for (const match of pdf.text.matchAll(/(\d+)\s+0\s+obj\s*<<\s*\/Type\s*\/Page\b/g)) {
    if (pdf.offsets.get(Number(match[1])) !== match.index) continue; // an older version of the object
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(objectText(pdf, Number(match[1])))?.[1] ?? '';
    for (const ref of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const number = Number(ref[1]);
      const { dictionary, data } = rawStream(pdf, number);
      const flate = /\/Filter\s*\/FlateDecode/.test(dictionary);
      if (!flate && /\/Filter/.test(dictionary)) continue; // another filter: left as it is
      const content = (flate ? inflateSync(data) : data).toString('latin1');
      const marked = markArtifacts(content);
      if (marked === content) continue;
      const bytes = deflateSync(Buffer.from(marked, 'latin1'));
      streams.set(number, `<</Filter /FlateDecode\n/Length ${bytes.length}>>\nstream\n${bytes.toString('latin1')}\nendstream`);
    }
  }
  return streams;
}

/** A stream object's text: its bytes (UTF-8 here) as one character per byte, as the update is written. */
function streamObject(dictionary: string, utf8: string): string {
  const bytes = Buffer.from(utf8, 'utf8');
  return `<<${dictionary}\n/Length ${bytes.length}>>\nstream\n${bytes.toString('latin1')}\nendstream`;
}

/**
 * The file anew: Chromium's objects as printed (byte ranges copied, not parsed) or their
 * replacements, then the new objects, and one cross-reference table. Written whole rather than as
 * an incremental update, so that a replaced page content does not leave its old version in the file.
 */
function rewritten(printed: Uint8Array, pdf: ParsedPdf, objects: ReadonlyMap<number, string>, trailerEntries: string): Uint8Array {
  const byOffset = [...pdf.offsets].sort(([, a], [, b]) => a - b);
  const chunks: Uint8Array[] = [printed.subarray(0, byOffset[0]?.[1] ?? 0)];
  let length = chunks[0]?.length ?? 0;
  const offsets = new Map<number, number>();
  const add = (number: number, chunk: Uint8Array): void => {
    offsets.set(number, length);
    chunks.push(chunk);
    length += chunk.length;
  };
  const object = (number: number, body: string): Uint8Array => Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, 'latin1');
  byOffset.forEach(([number, offset], index) => {
    const replaced = objects.get(number);
    add(number, replaced === undefined ? printed.subarray(offset, byOffset[index + 1]?.[1] ?? pdf.startxref) : object(number, replaced));
  });
  for (const [number, body] of objects) if (!pdf.offsets.has(number)) add(number, object(number, body));
  const size = Math.max(...offsets.keys()) + 1;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let number = 1; number < size; number += 1) {
    const offset = offsets.get(number);
    xref += offset === undefined ? '0000000000 00000 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  xref += `trailer\n<</Size ${size}\n/Root ${pdf.root} 0 R\n${trailerEntries}>>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * Checks a printed PDF and finishes it: document metadata, and a flat bookmark per slide.
 * `onePagePerSlide` (the slides PDF) requires exactly one page per slide; the handout may run
 * longer but never shorter. Bookmarks point where Chromium placed each slide's heading.
 */
export async function finishPdf(
  printed: Uint8Array,
  slides: readonly PrintedSlide[],
  info: DocumentInfo,
  onePagePerSlide: boolean,
  now: Date = new Date(),
): Promise<FinishedPdf> {
  const pdf = parse(printed);
  const catalog = objectText(pdf, pdf.root);
  const pagesRef = reference(catalog, 'Pages');
  const count = pagesRef === undefined ? undefined : /\/Count\s+(\d+)/.exec(objectText(pdf, pagesRef));
  if (!count) throw new UnreadablePdfError('no page count');
  const pages = Number(count[1]);
  if (onePagePerSlide ? pages !== slides.length : pages < slides.length) {
    throw new Error(
      `the PDF has ${pages} pages for ${slides.length} slides; ${onePagePerSlide ? 'each slide must fit on exactly one page' : 'every slide needs at least one page'}. A slide that overflows the canvas adds a page: check the overflow test.`,
    );
  }
  const destinations = headingDestinations(pdf, catalog);
  if (destinations.length !== slides.length) {
    throw new Error(`the PDF has ${destinations.length} headings for ${slides.length} slides; every slide needs exactly one heading (h1 or h2).`);
  }

  // New objects: the document info, its XMP twin, the outline root, one item per slide; then the
  // catalog and the link annotations anew.
  const metadataRef = pdf.size;
  const infoRef = pdf.size + 1;
  const outlinesRef = pdf.size + 2;
  const itemRef = (index: number): number => pdf.size + 3 + index;
  const objects = new Map<number, string>();
  const date = pdfDate(now);
  objects.set(
    infoRef,
    `<</Title ${textString(info.title)}\n/Author ${textString(info.author)}\n/Subject ${textString(info.subject)}\n/Keywords ${textString(info.keywords.join(', '))}\n/Creator ${textString(CREATOR)}\n/Producer ${textString(PRODUCER)}\n/CreationDate ${date}\n/ModDate ${date}>>`,
  );
  objects.set(metadataRef, streamObject('/Type /Metadata\n/Subtype /XML', xmpPacket({ ...info, creator: CREATOR, producer: PRODUCER, date: now })));
  for (const [number, link] of describedLinks(pdf)) objects.set(number, link);
  for (const [number, stream] of contentsWithArtifacts(pdf)) objects.set(number, stream);
  const structureRoot = reference(catalog, 'StructTreeRoot');
  if (structureRoot !== undefined) objects.set(structureRoot, withRoleMap(objectText(pdf, structureRoot)));
  const last = slides.length - 1;
  objects.set(outlinesRef, `<</Type /Outlines\n/First ${itemRef(0)} 0 R\n/Last ${itemRef(last)} 0 R\n/Count ${slides.length}>>`);
  slides.forEach((slide, index) => {
    const links = [index > 0 ? `/Prev ${itemRef(index - 1)} 0 R` : '', index < last ? `/Next ${itemRef(index + 1)} 0 R` : ''].filter(Boolean);
    objects.set(
      itemRef(index),
      `<</Title ${textString(slide.title)}\n/Parent ${outlinesRef} 0 R\n/Dest ${destinations[index] ?? '[]'}${links.map((link) => `\n${link}`).join('')}>>`,
    );
  });
  objects.set(pdf.root, updatedCatalog(catalog, outlinesRef, metadataRef));

  const bytes = rewritten(printed, pdf, objects, `/Info ${infoRef} 0 R`);
  return { bytes, pages };
}
