/**
 * What pptxgenjs cannot write, put into its finished file (a zip of XML parts), each part parsed
 * once and edited as a document (part-edits.ts): each drawn visual's parts as one group with alt
 * text, each title where the deck has it, hanging indents for paragraphs in columns, each
 * picture's real PNG fallback in place of its placeholder, the speaker notes as paragraphs
 * (pptxgenjs writes them as one), and the keywords in the document properties; then every part
 * is made valid Office Open XML (valid-package.ts).
 * pptxgenjs stores its parts uncompressed; they are read back with
 * JSZip (which pptxgenjs itself uses) and compressed once, by Node's zlib (see zip.ts).
 */
import type { Document } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { zipArchive } from '../../node/zip.ts';
import { markDecorative } from './decorative.ts';
import type { EmbeddedFont } from './embedded-fonts.ts';
import { declareFontType, fontPartName, listFonts, relateFonts } from './font-parts.ts';
import {
  addKeywords,
  type Emu,
  groupParts,
  hangTabbedParagraphs,
  type NotesLayout,
  type PartsGroup,
  pictureTarget,
  placeTitle,
  setColumns,
  setNotes,
} from './part-edits.ts';
import { appProperties, declareFontFamilies, setLanguage, type SlideText, slideText } from './package-properties.ts';
import { makeDrawingValid, markHeaderRows, parsePart, serialisePart, validContentTypes, validPresentation, type XmlLibrary } from './valid-package.ts';

export type { PartsGroup };

export interface PictureFallback {
  /** 1-based slide number. */
  readonly slide: number;
  /** The picture's object name (unique in its slide). */
  readonly name: string;
  readonly png: Uint8Array;
}

/** The parts of the file, in their order, XML read and written as text. */
class Parts {
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();
  constructor(readonly files: Map<string, Uint8Array>) {}

  static async of(Zip: typeof JSZip, bytes: Uint8Array): Promise<Parts> {
    const zip = await Zip.loadAsync(bytes);
    const files = Object.values(zip.files).filter((file) => !file.dir);
    const data = await Promise.all(files.map((file) => file.async('uint8array')));
    return new Parts(new Map(files.map((file, index) => [file.name, data[index] ?? new Uint8Array()])));
  }

  read(path: string): string {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`the PowerPoint file has no ${path}`);
    return this.decoder.decode(bytes);
  }

  write(path: string, xml: string): void {
    this.files.set(path, this.encoder.encode(xml));
  }
}

/** Puts each picture's PNG where its fallback image is: the picture's <a:blip r:embed> target. Returns the PNGs' paths. */
function putFallbacks(parts: Parts, pictures: readonly PictureFallback[], xml: XmlLibrary): Set<string> {
  const paths = new Set<string>();
  for (const picture of pictures) {
    const slidePath = `ppt/slides/slide${picture.slide}.xml`;
    const relationsPath = `ppt/slides/_rels/slide${picture.slide}.xml.rels`;
    const target = pictureTarget(parsePart(parts.read(slidePath), slidePath, xml), parsePart(parts.read(relationsPath), relationsPath, xml), picture.name);
    if (!target) throw new Error(`slide ${picture.slide}: the picture "${picture.name}" has no fallback image to replace`);
    parts.files.set(`ppt/media/${target}`, picture.png);
    paths.add(`ppt/media/${target}`);
  }
  return paths;
}

/** Where a slide's title goes (pptxgenjs puts its placeholder where the master has it). */
export interface TitleBox {
  /** 1-based slide number. */
  readonly slide: number;
  /** In EMU. */
  readonly emu: Emu;
}

/**
 * The notes page: portrait 7.5 × 10 in, the notes master's own size (pptxgenjs declares the
 * slide's width as its height, so a printed notes page came out 13.3 in tall). Each page's notes
 * box runs from the master's top of it to 0.5 in above the foot, and its type is 11 pt: the
 * longest notes the rules allow (260 words) then fit without shrinking, and all pages match.
 */
const NOTES_PAGE = { cx: 6858000, cy: 9144000 };
const NOTES: NotesLayout = { body: { x: 685800, y: 4400550, w: 5486400, h: 9144000 - 457200 - 4400550 }, size: 1100 };

/** Parts that hold shapes and text, which valid-package.ts makes valid. */
const DRAWING_PART = /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/;

const slideNumber = (path: string): number => Number(/slide(\d+)\.xml$/i.exec(path)?.[1] ?? 0);

/** What the finish puts into the file, besides the pictures. */
export interface FinishFacts {
  readonly notes: readonly (readonly string[])[];
  readonly keywords: readonly string[];
  readonly groups: readonly PartsGroup[];
  readonly titles: readonly TitleBox[];
  /** The deck's language (BCP 47), for every run of slides and notes. */
  readonly language: string;
  /** The fonts the deck uses as serifs, declared so (pptxgenjs declares every font a sans). */
  readonly serifFonts?: ReadonlySet<string>;
  /** For each slide (1-based) with tables: whether each table, in order, has a header row. */
  readonly tableHeaders?: readonly { readonly slide: number; readonly headers: readonly boolean[] }[];
  /** Text boxes set in columns, by slide (1-based) and object name. */
  readonly columns?: readonly { readonly slide: number; readonly name: string; readonly count: number; readonly gapEmu: number }[];
  /** The fonts the file carries (embedded-fonts.ts). */
  readonly fonts?: readonly EmbeddedFont[];
}

/** A slide's own edits: its title placed, its visuals grouped, its two-column paragraphs hung; its tables' header rows and its decorative shapes marked. */
function editSlide(document: Document, slide: number, facts: FinishFacts): void {
  const title = facts.titles.find((box) => box.slide === slide);
  if (title) placeTitle(document, slide, title.emu);
  for (const group of facts.groups) if (group.slide === slide) groupParts(document, group);
  for (const box of facts.columns ?? []) if (box.slide === slide) setColumns(document, slide, box);
  hangTabbedParagraphs(document);
}

/**
 * One part with shapes and text, edited and made valid: every run in the deck's language, each
 * font's family declared. Returns what a slide shows (for the file's properties), or null.
 */
function finishDrawingPart(document: Document, path: string, facts: FinishFacts): SlideText | null {
  const number = slideNumber(path);
  if (path.startsWith('ppt/slides/')) editSlide(document, number, facts);
  const notes = facts.notes[number - 1];
  if (path.startsWith('ppt/notesSlides/') && notes) setNotes(document, path, notes, NOTES);
  makeDrawingValid(document);
  setLanguage(document, facts.language);
  declareFontFamilies(document, facts.serifFonts ?? new Set());
  if (!path.startsWith('ppt/slides/')) return null;
  markHeaderRows(document, facts.tableHeaders?.find((table) => table.slide === number)?.headers ?? []);
  markDecorative(document);
  return slideText(document);
}

/**
 * Every part finished, each parsed once: slides and notes edited, every part valid Office Open
 * XML where pptxgenjs wrote it otherwise, and the file's properties naming its fonts, titles,
 * counts and keywords.
 */
/** Every slide and notes part the facts name is in the file: an edit is never skipped for want of its part. */
function checkParts(parts: Parts, facts: FinishFacts): void {
  const slides = [...facts.titles, ...facts.groups, ...(facts.columns ?? [])].map((fact) => `ppt/slides/slide${fact.slide}.xml`);
  const notes = facts.notes.map((_, index) => `ppt/notesSlides/notesSlide${index + 1}.xml`);
  const missing = [...slides, ...notes].find((path) => !parts.files.has(path));
  if (missing) throw new Error(`the PowerPoint file has no ${missing}`);
}

/** Parses a part, lets `change` edit it, and writes it back. */
function editPart(parts: Parts, path: string, xml: XmlLibrary, change: (document: Document) => void): void {
  const document = parsePart(parts.read(path), path, xml);
  change(document);
  parts.write(path, serialisePart(document, xml));
}

/** Each font as a part of its own, related to the presentation and listed in it (font-parts.ts). */
function putFonts(parts: Parts, fonts: readonly EmbeddedFont[], xml: XmlLibrary): void {
  if (fonts.length === 0) return;
  fonts.forEach((font, index) => {
    parts.files.set(fontPartName(index), font.eot);
  });
  let ids: string[] = [];
  editPart(parts, 'ppt/_rels/presentation.xml.rels', xml, (relations) => {
    ids = relateFonts(relations, fonts.length);
  });
  editPart(parts, 'ppt/presentation.xml', xml, (presentation) => listFonts(presentation, fonts, ids));
  editPart(parts, '[Content_Types].xml', xml, declareFontType);
}

function finishParts(parts: Parts, xml: XmlLibrary, facts: FinishFacts): void {
  checkParts(parts, facts);
  putFonts(parts, facts.fonts ?? [], xml);
  const slides: { number: number; text: SlideText }[] = [];
  for (const path of parts.files.keys()) {
    if (!DRAWING_PART.test(path)) continue;
    const document = parsePart(parts.read(path), path, xml);
    const text = finishDrawingPart(document, path, facts);
    if (text) slides.push({ number: slideNumber(path), text });
    parts.write(path, serialisePart(document, xml));
  }
  parts.write('ppt/presentation.xml', validPresentation(parts.read('ppt/presentation.xml'), NOTES_PAGE, xml));
  parts.write('[Content_Types].xml', validContentTypes(parts.read('[Content_Types].xml'), new Set(parts.files.keys()), xml));
  const ordered = slides.sort((a, b) => a.number - b.number).map((slide) => slide.text);
  if (parts.files.has('docProps/app.xml')) parts.write('docProps/app.xml', appProperties(parts.read('docProps/app.xml'), ordered, xml));
  editPart(parts, 'docProps/core.xml', xml, (core) => addKeywords(core, facts.keywords));
}

export async function finishPptx(
  libraries: { readonly JSZip: typeof JSZip; readonly xml: XmlLibrary },
  bytes: Uint8Array,
  done: FinishFacts & {
    /** The pictures' PNGs may still be on their way: the edits are made while they come. */
    readonly pictures: readonly PictureFallback[] | Promise<readonly PictureFallback[]>;
  },
): Promise<Uint8Array> {
  const parts = await Parts.of(libraries.JSZip, bytes);
  finishParts(parts, libraries.xml, done);
  const pngs = putFallbacks(parts, await done.pictures, libraries.xml);
  // Entries keep pptxgenjs's order ([Content_Types].xml first); a PNG is compressed already.
  return zipArchive([...parts.files].map(([path, data]) => ({ path, data, store: pngs.has(path) })));
}
