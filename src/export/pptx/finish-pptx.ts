/**
 * What pptxgenjs cannot write, put into its finished file (a zip of XML parts): each drawn
 * visual's parts as one group with alt text, each title where the deck has it, hanging indents for paragraphs in columns, each picture's real PNG fallback in place of its
 * placeholder, the speaker notes as paragraphs (pptxgenjs writes them as one), and the keywords
 * in the document properties; then every part is made valid Office Open XML (valid-package.ts).
 * pptxgenjs stores its parts uncompressed; they are read back with
 * JSZip (which pptxgenjs itself uses) and compressed once, by Node's zlib (see zip.ts).
 */
import type JSZip from 'jszip';
import { zipArchive } from '../../node/zip.ts';
import { CUE } from '../../notes.ts';
import { markDecorative } from './decorative.ts';
import { appProperties, declareFontFamilies, setLanguage, type SlideText, slideText } from './package-properties.ts';
import { makeDrawingValid, markHeaderRows, parsePart, serialisePart, validContentTypes, validPresentation, type XmlLibrary } from './valid-package.ts';

export interface PictureFallback {
  /** 1-based slide number. */
  readonly slide: number;
  /** The picture's object name (unique in its slide). */
  readonly name: string;
  readonly png: Uint8Array;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
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
function putFallbacks(parts: Parts, pictures: readonly PictureFallback[]): Set<string> {
  const paths = new Set<string>();
  for (const picture of pictures) {
    const slideXml = parts.read(`ppt/slides/slide${picture.slide}.xml`);
    const start = slideXml.indexOf(`name="${escapeXml(picture.name)}"`);
    const embed = start < 0 ? null : /<a:blip r:embed="(rId\d+)"/.exec(slideXml.slice(start));
    const rels = parts.read(`ppt/slides/_rels/slide${picture.slide}.xml.rels`);
    const target = embed && new RegExp(`Id="${embed[1]}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels);
    if (!target?.[1]) throw new Error(`slide ${picture.slide}: the picture "${picture.name}" has no fallback image to replace`);
    parts.files.set(`ppt/media/${target[1]}`, picture.png);
    paths.add(`ppt/media/${target[1]}`);
  }
  return paths;
}

/** A visual drawn as native parts: its parts, from the first to the last, become one group with its alt text. */
export interface PartsGroup {
  /** 1-based slide number. */
  readonly slide: number;
  readonly name: string;
  readonly alt: string;
  /** The group's bounds, in EMU (914,400 to the inch). */
  readonly emu: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** Object names of its first and last parts (pptxgenjs writes them in the order they were added). */
  readonly first: string;
  readonly last: string;
}

/**
 * One slide's XML with a group's parts wrapped in a group shape (pptxgenjs writes no groups):
 * the visual moves as one, and its alt text is the group's description.
 */
export function groupParts(slideXml: string, group: PartsGroup): string {
  const firstAt = slideXml.indexOf(`name="${escapeXml(group.first)}"`);
  const lastAt = slideXml.indexOf(`name="${escapeXml(group.last)}"`);
  const start = firstAt < 0 ? -1 : slideXml.lastIndexOf('<p:sp>', firstAt);
  const endAt = lastAt < firstAt ? -1 : slideXml.indexOf('</p:sp>', lastAt);
  if (start < 0 || endAt < 0) throw new Error(`slide ${group.slide}: the parts of "${group.name}" (${group.first} to ${group.last}) are not in the slide`);
  const end = endAt + '</p:sp>'.length;
  const id = Math.max(0, ...[...slideXml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((match) => Number(match[1]))) + 1;
  const { x, y, w, h } = group.emu;
  const frame = `<a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/><a:chOff x="${x}" y="${y}"/><a:chExt cx="${w}" cy="${h}"/></a:xfrm>`;
  const open = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${escapeXml(group.name)}" descr="${escapeXml(group.alt)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>${frame}</p:grpSpPr>`;
  return `${slideXml.slice(0, start)}${open}${slideXml.slice(start, end)}</p:grpSp>${slideXml.slice(end)}`;
}

function groupAll(parts: Parts, groups: readonly PartsGroup[]): void {
  for (const group of groups) {
    const path = `ppt/slides/slide${group.slide}.xml`;
    parts.write(path, groupParts(parts.read(path), group));
  }
}

/**
 * Where a slide's title goes. pptxgenjs puts a placeholder where the master has it (and ignores
 * its name), whatever position it is given; the measured box is put back here.
 */
export interface TitleBox {
  /** 1-based slide number. */
  readonly slide: number;
  /** In EMU. */
  readonly emu: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** One slide's XML with its title placeholder's frame set to the box. */
export function placeTitle(slideXml: string, title: TitleBox): string {
  const at = slideXml.search(/<p:ph\s[^>]*type="title"/);
  const frame = at < 0 ? null : /<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>/.exec(slideXml.slice(at));
  if (!frame) throw new Error(`slide ${title.slide} has no title placeholder to place`);
  const start = at + frame.index;
  const { x, y, w, h } = title.emu;
  return `${slideXml.slice(0, start)}<a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/>${slideXml.slice(start + frame[0].length)}`;
}

function placeTitles(parts: Parts, titles: readonly TitleBox[]): void {
  for (const title of titles) {
    const path = `ppt/slides/slide${title.slide}.xml`;
    parts.write(path, placeTitle(parts.read(path), title));
  }
}

/**
 * A paragraph in two columns, split by one tab stop (a date, then the record's text), hangs from
 * that stop as the deck's grid does: a line that wraps, or a line break, starts under the second
 * column instead of at the left edge. pptxgenjs writes a hanging indent only for bullets, so the
 * zero indent it writes for these paragraphs is changed here. With more stops (a badge, its label,
 * then text) it is left alone: LibreOffice then measures the earlier stops from the indent.
 */
export function hangTabbedParagraphs(slideXml: string): string {
  return slideXml.replace(
    /<a:pPr([^>]*?) indent="0" marL="0">((?:(?!<\/a:pPr>).)*?<a:tabLst><a:tab pos="(\d+)" algn="l"\/><\/a:tabLst>)/g,
    (_, attributes: string, inside: string, last: string) => `<a:pPr${attributes} indent="-${last}" marL="${last}">${inside}`,
  );
}

function hangAll(parts: Parts): void {
  for (const path of parts.files.keys()) if (/^ppt\/slides\/slide\d+\.xml$/.test(path)) parts.write(path, hangTabbedParagraphs(parts.read(path)));
}

/**
 * The notes page: portrait 7.5 × 10 in, the notes master's own size (pptxgenjs declares the
 * slide's width as its height, so a printed notes page came out 13.3 in tall). Each page's notes
 * box runs from the master's top of it to 0.5 in above the foot, and its type is 11 pt: the
 * longest notes the rules allow (260 words) then fit without shrinking, and all pages match.
 */
const NOTES_PAGE = { cx: 6858000, cy: 9144000 };
const NOTES_BODY = { x: 685800, y: 4400550, cx: 5486400, cy: 9144000 - 457200 - 4400550 };
const NOTES_SIZE = 1100;

/** The notes body as one paragraph per notes paragraph; a click cue at its start is bold, as in the deck. */
export function notesParagraphsXml(paragraphs: readonly string[]): string {
  const run = (text: string, bold: boolean): string => `<a:r><a:rPr dirty="0" sz="${NOTES_SIZE}"${bold ? ' b="1"' : ''}/><a:t>${escapeXml(text)}</a:t></a:r>`;
  return paragraphs
    .map((text) => (text.startsWith(CUE) ? `<a:p>${run(CUE, true)}${run(text.slice(CUE.length), false)}</a:p>` : `<a:p>${run(text, false)}</a:p>`))
    .join('');
}

function splitNotes(parts: Parts, notes: readonly (readonly string[])[]): void {
  for (const [index, paragraphs] of notes.entries()) {
    const path = `ppt/notesSlides/notesSlide${index + 1}.xml`;
    const xml = parts.read(path);
    const body = /(<p:ph type="body" idx="1"\/>.*?<a:lstStyle\/>)(.*?)(<\/p:txBody>)/s.exec(xml);
    if (!body) throw new Error(`${path} has no notes body`);
    const box = `<p:spPr><a:xfrm><a:off x="${NOTES_BODY.x}" y="${NOTES_BODY.y}"/><a:ext cx="${NOTES_BODY.cx}" cy="${NOTES_BODY.cy}"/></a:xfrm></p:spPr>`;
    const start = body[1] ?? '';
    const head = start.includes('<p:spPr/>') ? start.replace('<p:spPr/>', box) : start.replace('</p:nvSpPr>', `</p:nvSpPr>${box}`);
    parts.write(path, xml.replace(body[0], `${head}${notesParagraphsXml(paragraphs)}${body[3]}`));
  }
}

function addKeywords(parts: Parts, keywords: readonly string[]): void {
  const path = 'docProps/core.xml';
  const xml = parts.read(path);
  parts.write(path, xml.replace('</cp:coreProperties>', `<cp:keywords>${escapeXml(keywords.join(', '))}</cp:keywords></cp:coreProperties>`));
}

/** Parts that hold shapes and text, which valid-package.ts makes valid. */
const DRAWING_PART = /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/;

const slideNumber = (path: string): number => Number(/slide(\d+)\.xml$/.exec(path)?.[1] ?? 0);

/** What every run of text gets: the deck's language, and its font's family. */
interface TextFacts {
  readonly language: string;
  /** The fonts the deck uses as serifs (the rest are sans). */
  readonly serifFonts: ReadonlySet<string>;
}

/**
 * The last step: every part valid Office Open XML where pptxgenjs wrote it otherwise, every run
 * in the deck's language, and the file's properties naming its fonts, titles and counts.
 */
function makeValid(parts: Parts, xml: XmlLibrary, text: TextFacts, tableHeaders: ReadonlyMap<number, readonly boolean[]>): void {
  const slides: { number: number; text: SlideText }[] = [];
  for (const path of parts.files.keys()) {
    if (!DRAWING_PART.test(path)) continue;
    const document = parsePart(parts.read(path), path, xml);
    makeDrawingValid(document);
    setLanguage(document, text.language);
    declareFontFamilies(document, text.serifFonts);
    if (path.startsWith('ppt/slides/')) {
      markHeaderRows(document, tableHeaders.get(slideNumber(path)) ?? []);
      markDecorative(document);
      slides.push({ number: slideNumber(path), text: slideText(document) });
    }
    parts.write(path, serialisePart(document, xml));
  }
  parts.write('ppt/presentation.xml', validPresentation(parts.read('ppt/presentation.xml'), NOTES_PAGE, xml));
  parts.write('[Content_Types].xml', validContentTypes(parts.read('[Content_Types].xml'), new Set(parts.files.keys()), xml));
  const ordered = slides.sort((a, b) => a.number - b.number).map((slide) => slide.text);
  if (parts.files.has('docProps/app.xml')) parts.write('docProps/app.xml', appProperties(parts.read('docProps/app.xml'), ordered, xml));
}

export async function finishPptx(
  libraries: { readonly JSZip: typeof JSZip; readonly xml: XmlLibrary },
  bytes: Uint8Array,
  done: {
    /** The pictures' PNGs may still be on their way: the edits are made while they come. */
    readonly pictures: readonly PictureFallback[] | Promise<readonly PictureFallback[]>;
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
  },
): Promise<Uint8Array> {
  const parts = await Parts.of(libraries.JSZip, bytes);
  placeTitles(parts, done.titles);
  groupAll(parts, done.groups);
  hangAll(parts);
  splitNotes(parts, done.notes);
  addKeywords(parts, done.keywords);
  makeValid(
    parts,
    libraries.xml,
    { language: done.language, serifFonts: done.serifFonts ?? new Set() },
    new Map((done.tableHeaders ?? []).map((table) => [table.slide, table.headers])),
  );
  const pngs = putFallbacks(parts, await done.pictures);
  // Entries keep pptxgenjs's order ([Content_Types].xml first); a PNG is compressed already.
  return zipArchive([...parts.files].map(([path, data]) => ({ path, data, store: pngs.has(path) })));
}
