/**
 * Machine-checkable conditions of the Matterhorn Protocol 1.1 (the PDF Association's test list for
 * PDF/UA-1), read from a PDF with pdf-lib: what the export's PDFs must meet. Each failure names
 * its checkpoint. Content that is neither tagged nor an artifact (checkpoint 01) is checked
 * apart, from pdf.js's operator lists (pdf-structure.spec.ts); what needs a person (is the alt
 * text right, is the reading order logical) is not here.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, type PDFDocument, type PDFObject, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4). */
const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);

/** Where a structure type may sit: its parent's type (ISO 32000-1, 14.8.4.3). */
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  THead: ['Table'],
  TBody: ['Table'],
  TFoot: ['Table'],
  LI: ['L'],
  Lbl: ['LI'],
  LBody: ['LI'],
};

interface Element {
  readonly type: string;
  readonly parent: string;
  readonly dict: PDFDict;
}

const name = (object: PDFObject | undefined): string => (object instanceof PDFName ? object.decodeText() : '');
const text = (object: PDFObject | undefined): string => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : '');

/** Every structure element, in document order, with its (role-mapped) type and its parent's. */
function structureElements(pdf: PDFDocument, root: PDFDict): Element[] {
  const roles = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const mapped = (type: string): string => name(roles?.get(PDFName.of(type))) || type;
  const found: Element[] = [];
  const visit = (node: PDFObject | undefined, parent: string): void => {
    const value = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (value instanceof PDFArray) {
      for (const child of value.asArray()) visit(child, parent);
      return;
    }
    if (!(value instanceof PDFDict) || !value.has(PDFName.of('S'))) return; // an MCID, a marked-content or object reference
    const type = mapped(name(value.get(PDFName.of('S'))));
    found.push({ type, parent, dict: value });
    visit(value.get(PDFName.of('K')), type);
  };
  visit(root.get(PDFName.of('K')), 'StructTreeRoot');
  return found;
}

/** The attribute dictionaries of a structure element (its /A: one, or an array). */
function attributes(pdf: PDFDocument, element: PDFDict): PDFDict[] {
  const value = element.get(PDFName.of('A'));
  const items = value instanceof PDFArray ? value.asArray() : value ? [value] : [];
  return items.map((item) => (item instanceof PDFRef ? pdf.context.lookup(item) : item)).filter((item): item is PDFDict => item instanceof PDFDict);
}

/** A stream's text whether or not it is compressed. */
const streamText = (stream: PDFRawStream): string =>
  Buffer.from(name(stream.dict.get(PDFName.of('Filter'))) === 'FlateDecode' ? inflateSync(stream.getContents()) : stream.getContents()).toString('utf8');

function documentChecks(pdf: PDFDocument): string[] {
  const failures: string[] = [];
  const { catalog } = pdf;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) failures.push('01: the document is not marked as tagged (/MarkInfo /Marked true)');
  if (markInfo?.get(PDFName.of('Suspects')) === PDFBool.True) failures.push('01-007: /MarkInfo /Suspects is true');
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  const xmp = metadata instanceof PDFRawStream ? streamText(metadata) : '';
  if (xmp === '') failures.push('06-001: no XMP metadata stream');
  if (!/<dc:title>[\s\S]*?\S[\s\S]*?<\/dc:title>/.test(xmp)) failures.push('06-003: the metadata has no dc:title');
  if (!/pdfuaid:part(>|=")1/.test(xmp)) failures.push('06-002: the metadata has no PDF/UA identifier (pdfuaid:part 1)');
  const preferences = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (preferences?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) failures.push('07-001: /ViewerPreferences /DisplayDocTitle is not true');
  if (text(catalog.get(PDFName.of('Lang'))).trim() === '') failures.push('11-001: the natural language of the text cannot be determined (no /Lang)');
  return failures;
}

function structureChecks(pdf: PDFDocument, elements: readonly Element[]): string[] {
  const failures: string[] = [];
  for (const element of elements) {
    if (!STANDARD_TYPES.has(element.type)) failures.push(`02-001: the structure type ${element.type} is neither standard nor role-mapped to one`);
    const parents = PARENTS[element.type];
    if (parents && !parents.includes(element.parent))
      failures.push(`${element.type.startsWith('T') ? '09-004' : '09-005'}: a ${element.type} inside a ${element.parent}`);
    if (element.type === 'Figure' && text(element.dict.get(PDFName.of('Alt'))).trim() === '' && text(element.dict.get(PDFName.of('ActualText'))).trim() === '')
      failures.push('13-004: a Figure without alternate text');
    if (element.type === 'TH' && !attributes(pdf, element.dict).some((attribute) => attribute.has(PDFName.of('Scope'))))
      failures.push('15-003: a TH without a Scope (and the table does not use Headers throughout)');
  }
  const levels = elements.flatMap((element) => (/^H[1-6]$/.test(element.type) ? [Number(element.type.slice(1))] : []));
  if (levels.length > 0 && elements.some((element) => element.type === 'H')) failures.push('14-006/14-007: numbered and unnumbered headings (H) mixed');
  if (levels.length > 0 && levels[0] !== 1) failures.push(`14-002: the first heading is H${levels[0]}, not H1`);
  levels.forEach((level, index) => {
    if (index > 0 && level > (levels[index - 1] ?? 0) + 1) failures.push(`14-003: H${levels[index - 1]} is followed by H${level} (a level skipped)`);
  });
  return failures;
}

/** Is the font's program inside the file (its own, or its descendant's for a composite font)? */
function embedded(pdf: PDFDocument, font: PDFDict): boolean {
  if (name(font.get(PDFName.of('Subtype'))) === 'Type3') return true; // its glyphs are content streams in the font itself
  const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
  const described = descendants ? (pdf.context.lookup(descendants.get(0)) as PDFDict | undefined) : font;
  const descriptor = described?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)) === true);
}

function pageChecks(pdf: PDFDocument): string[] {
  const failures: string[] = [];
  pdf.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const annotations = (page.node.Annots()?.asArray() ?? []).map((ref) => pdf.context.lookup(ref)).filter((item): item is PDFDict => item instanceof PDFDict);
    if (annotations.length > 0 && name(page.node.get(PDFName.of('Tabs'))) !== 'S') failures.push(`28-009/28-010: ${where} has annotations but no /Tabs /S`);
    for (const annotation of annotations) {
      const subtype = name(annotation.get(PDFName.of('Subtype')));
      if (subtype !== 'Popup' && !annotation.has(PDFName.of('StructParent')))
        failures.push(`28-011: a ${subtype} annotation on ${where} is not in the structure tree`);
      if (subtype === 'Link' && text(annotation.get(PDFName.of('Contents'))).trim() === '')
        failures.push(`28-004: a link on ${where} has no alternate text (/Contents)`);
    }
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const key of fonts?.keys() ?? []) {
      const font = fonts?.lookup(key);
      if (!(font instanceof PDFDict)) continue;
      if (!embedded(pdf, font)) failures.push(`31 (fonts): the font ${name(font.get(PDFName.of('BaseFont')))} on ${where} is not embedded`);
      if (!font.has(PDFName.of('ToUnicode'))) failures.push(`31 (fonts): the font ${name(font.get(PDFName.of('BaseFont')))} on ${where} has no ToUnicode map`);
    }
  });
  return failures;
}

/** Every machine-checkable Matterhorn condition checked here that the PDF fails, each with its number; none when it passes. */
export function matterhornFailures(pdf: PDFDocument): string[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return ['01: no structure tree (StructTreeRoot)'];
  return [...new Set([...documentChecks(pdf), ...structureChecks(pdf, structureElements(pdf, root)), ...pageChecks(pdf)])];
}
