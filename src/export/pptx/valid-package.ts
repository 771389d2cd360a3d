/**
 * The PowerPoint file made valid Office Open XML where pptxgenjs writes it otherwise (each a
 * cause of PowerPoint's "repair" prompt), on parsed documents rather than on text:
 * - a paragraph has its properties (`<a:pPr>`) once, first: pptxgenjs repeats them before later
 *   runs of the same paragraph;
 * - a shape id is used once per slide: a table and a later shape can share one;
 * - no empty line element (`<a:ln></a:ln>`): it is written as what it means, no line (`<a:noFill/>`);
 * - a background's properties end with its effects (`<a:effectLst/>`), which the schema requires;
 * - `[Content_Types].xml` names only parts the file has: pptxgenjs lists a slide master per slide;
 * - the presentation part's children come in the schema's order: pptxgenjs puts the notes
 *   master's list after the slides' list.
 */
import type { Document, DOMParser, Element, XMLSerializer } from '@xmldom/xmldom';

/** The XML parser and serializer (@xmldom/xmldom), loaded with the PowerPoint export's other libraries. */
export interface XmlLibrary {
  readonly DOMParser: typeof DOMParser;
  readonly XMLSerializer: typeof XMLSerializer;
}

/** The namespaces of DrawingML and PresentationML. */
export const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const PRESENTATION = 'http://schemas.openxmlformats.org/presentationml/2006/main';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Every element of that name and namespace under `root`, in document order. */
export const all = (root: Document | Element, namespace: string, name: string): Element[] => [...root.getElementsByTagNameNS(namespace, name)];

/** The element's children that are elements, of that local name if given. */
export const children = (parent: Element, localName?: string): Element[] =>
  [...parent.childNodes].filter((node): node is Element => node.nodeType === node.ELEMENT_NODE && (localName === undefined || node.localName === localName));

/** Keeps each paragraph's first properties element; later ones (between its runs) go. */
function oneParagraphProperties(document: Document): void {
  for (const paragraph of all(document, DRAWING, 'p')) {
    const properties = children(paragraph, 'pPr');
    const [first, ...repeated] = properties;
    for (const element of repeated) paragraph.removeChild(element);
    if (first && paragraph.firstChild !== first) paragraph.insertBefore(first, paragraph.firstChild);
  }
}

/** Gives every shape a slide-unique id: a repeated id becomes one above all others. */
function uniqueShapeIds(document: Document): void {
  const shapes = all(document, PRESENTATION, 'cNvPr');
  let next = Math.max(0, ...shapes.map((shape) => Number(shape.getAttribute('id')) || 0)) + 1;
  const used = new Set<string>();
  for (const shape of shapes) {
    const id = shape.getAttribute('id') ?? '';
    if (used.has(id)) {
      shape.setAttribute('id', String(next));
      used.add(String(next));
      next += 1;
    } else used.add(id);
  }
}

/** An empty line element says "no line" only by inheriting nothing: it is written out as no line. */
function noEmptyLines(document: Document): void {
  for (const line of all(document, DRAWING, 'ln')) {
    if (line.childNodes.length === 0 && line.attributes.length === 0) line.appendChild(document.createElementNS(DRAWING, 'a:noFill'));
  }
}

/** A background's properties need an effect list after the fill (CT_BackgroundProperties). */
function backgroundEffects(document: Document): void {
  for (const background of all(document, PRESENTATION, 'bgPr')) {
    const hasEffects = children(background).some((node) => ['effectLst', 'effectDag'].includes(node.localName ?? ''));
    if (!hasEffects) background.appendChild(document.createElementNS(DRAWING, 'a:effectLst'));
  }
}

/** A part's XML as a document; a part that is not well-formed is named. */
export function parsePart(xml: string, part: string, library: XmlLibrary): Document {
  const problems: string[] = [];
  const onError = (level: string, message: string): void => {
    if (level !== 'warning') problems.push(message);
  };
  let document: Document | undefined;
  try {
    document = new library.DOMParser({ onError }).parseFromString(xml, 'text/xml');
  } catch {
    // xmldom stops at a fatal error; its message is in `problems`.
  }
  if (problems.length > 0 || document === undefined) throw new Error(`the PowerPoint part ${part} is not well-formed XML: ${problems[0] ?? 'unreadable'}`);
  return document;
}

export const serialisePart = (document: Document, library: XmlLibrary): string =>
  `${DECLARATION}\r\n${new library.XMLSerializer().serializeToString(document.documentElement ?? document)}`;

/** A part with shapes and text (slide, notes, layout, master), made valid in place. */
export function makeDrawingValid(document: Document): void {
  oneParagraphProperties(document);
  uniqueShapeIds(document);
  noEmptyLines(document);
  backgroundEffects(document);
}

/** A slide (or notes slide) part, made valid. */
export function validSlideXml(xml: string, part: string, library: XmlLibrary): string {
  const document = parsePart(xml, part, library);
  makeDrawingValid(document);
  return serialisePart(document, library);
}

/** `[Content_Types].xml` without the overrides for parts the file does not have. */
export function validContentTypes(xml: string, partNames: ReadonlySet<string>, library: XmlLibrary): string {
  const document = parsePart(xml, '[Content_Types].xml', library);
  for (const override of all(document, CONTENT_TYPES, 'Override')) {
    const name = (override.getAttribute('PartName') ?? '').replace(/^\//, '');
    if (!partNames.has(name)) override.parentNode?.removeChild(override);
  }
  return serialisePart(document, library);
}

/** The children of `<p:presentation>` in the order CT_Presentation (ECMA-376 Part 1, 19.2.1.26) requires them. */
export const PRESENTATION_ORDER = [
  'sldMasterIdLst',
  'notesMasterIdLst',
  'handoutMasterIdLst',
  'sldIdLst',
  'sldSz',
  'notesSz',
  'smartTags',
  'embeddedFontLst',
  'custShowLst',
  'photoAlbum',
  'custDataLst',
  'kinsoku',
  'defaultTextStyle',
  'modifyVerifier',
  'extLst',
];

/**
 * `ppt/presentation.xml` with its children in the schema's order and the notes page of the given
 * size (EMU): pptxgenjs declares it as large as a slide turned upright.
 */
export function validPresentation(xml: string, notesPage: { readonly cx: number; readonly cy: number }, library: XmlLibrary): string {
  const document = parsePart(xml, 'ppt/presentation.xml', library);
  const root = document.documentElement;
  if (!root) throw new Error('the PowerPoint part ppt/presentation.xml is empty');
  const rank = (node: Element): number => {
    const place = PRESENTATION_ORDER.indexOf(node.localName ?? '');
    return place === -1 ? PRESENTATION_ORDER.length : place;
  };
  // A stable sort: elements the list does not know keep their place among themselves, at the end.
  for (const child of children(root).sort((a, b) => rank(a) - rank(b))) root.appendChild(child);
  for (const size of all(document, PRESENTATION, 'notesSz')) {
    size.setAttribute('cx', String(notesPage.cx));
    size.setAttribute('cy', String(notesPage.cy));
  }
  return serialisePart(document, library);
}

/** Marks each table whose first row is a header row (`firstRow`), in the order the tables are in the part. */
export function markHeaderRows(document: Document, headers: readonly boolean[]): void {
  all(document, DRAWING, 'tbl').forEach((table, index) => {
    if (!headers[index]) return;
    const [properties] = children(table, 'tblPr');
    properties?.setAttribute('firstRow', '1');
  });
}
