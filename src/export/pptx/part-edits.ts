/**
 * What pptxgenjs cannot write, edited into its parts as parsed documents (never as text, so an
 * attribute's order or the file's whitespace cannot make an edit miss): a title where the deck
 * has it, a visual's parts as one group with alt text, hanging indents for paragraphs in two
 * columns, the speaker notes as paragraphs, a picture's fallback found by its name.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { CUE } from '../../notes.ts';
import { all, children, DRAWING, PRESENTATION } from './valid-package.ts';

/** A frame in EMU (914,400 to the inch). */
export interface Emu {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The nearest ancestor (or the element itself) of that local name. */
function closest(element: Element, localName: string): Element | null {
  for (let node: Element | null = element; node; node = node.parentNode as Element | null) if (node.localName === localName) return node;
  return null;
}

/** A new element of a namespace, with attributes in the given order, and children. */
function make(document: Document, namespace: string, qualifiedName: string, attributes: Record<string, string | number> = {}, ...inner: Element[]): Element {
  const element = document.createElementNS(namespace, qualifiedName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of inner) element.appendChild(child);
  return element;
}

/** `<a:off>` and `<a:ext>` of a frame. */
const frameParts = (document: Document, frame: Emu): [Element, Element] => [
  make(document, DRAWING, 'a:off', { x: frame.x, y: frame.y }),
  make(document, DRAWING, 'a:ext', { cx: frame.w, cy: frame.h }),
];

/** The shape (`p:sp`) whose non-visual properties carry this object name. */
function shapeNamed(document: Document, name: string): Element | null {
  const properties = all(document, PRESENTATION, 'cNvPr').find((element) => element.getAttribute('name') === name);
  return properties ? closest(properties, 'sp') : null;
}

/**
 * The slide's title placeholder put at the deck's heading: pptxgenjs puts a placeholder where the
 * master has it (and ignores its name), whatever position it is given.
 */
export function placeTitle(document: Document, slide: number, frame: Emu): void {
  const placeholder = all(document, PRESENTATION, 'ph').find((element) => element.getAttribute('type') === 'title');
  const shape = placeholder && closest(placeholder, 'sp');
  const transform = shape && all(shape, DRAWING, 'xfrm')[0];
  const [offset, extent] = transform ? [children(transform, 'off')[0], children(transform, 'ext')[0]] : [];
  if (!offset || !extent) throw new Error(`slide ${slide} has no title placeholder to place`);
  offset.setAttribute('x', String(frame.x));
  offset.setAttribute('y', String(frame.y));
  extent.setAttribute('cx', String(frame.w));
  extent.setAttribute('cy', String(frame.h));
}

/** A visual drawn as native parts: its parts, from the first to the last, become one group with its alt text. */
export interface PartsGroup {
  /** 1-based slide number. */
  readonly slide: number;
  readonly name: string;
  readonly alt: string;
  /** The group's bounds, in EMU. */
  readonly emu: Emu;
  /** Object names of its first and last parts (pptxgenjs writes them in the order they were added). */
  readonly first: string;
  readonly last: string;
}

/**
 * The group's parts wrapped in a group shape (pptxgenjs writes no groups): the visual moves as
 * one, and its alt text is the group's description. Its id is one above every id on the slide.
 */
export function groupParts(document: Document, group: PartsGroup): void {
  const [first, last] = [shapeNamed(document, group.first), shapeNamed(document, group.last)];
  const parts = first?.parentNode ? children(first.parentNode as Element) : [];
  const [from, to] = [parts.indexOf(first as Element), parts.indexOf(last as Element)];
  if (!first || from < 0 || to < from)
    throw new Error(`slide ${group.slide}: the parts of "${group.name}" (${group.first} to ${group.last}) are not in the slide`);
  const id = Math.max(0, ...all(document, PRESENTATION, 'cNvPr').map((element) => Number(element.getAttribute('id')) || 0)) + 1;
  const [offset, extent] = frameParts(document, group.emu);
  const childOffset = make(document, DRAWING, 'a:chOff', { x: group.emu.x, y: group.emu.y });
  const childExtent = make(document, DRAWING, 'a:chExt', { cx: group.emu.w, cy: group.emu.h });
  const names = make(
    document,
    PRESENTATION,
    'p:nvGrpSpPr',
    {},
    make(document, PRESENTATION, 'p:cNvPr', { id, name: group.name, descr: group.alt }),
    make(document, PRESENTATION, 'p:cNvGrpSpPr'),
    make(document, PRESENTATION, 'p:nvPr'),
  );
  const frame = make(document, PRESENTATION, 'p:grpSpPr', {}, make(document, DRAWING, 'a:xfrm', {}, offset, extent, childOffset, childExtent));
  const wrapper = make(document, PRESENTATION, 'p:grpSp', {}, names, frame);
  first.parentNode?.insertBefore(wrapper, first);
  for (const part of parts.slice(from, to + 1)) wrapper.appendChild(part);
}

/** A text box's text set in columns (`numCol`, `spcCol`: pptxgenjs writes neither). */
export function setColumns(document: Document, slide: number, box: { readonly name: string; readonly count: number; readonly gapEmu: number }): void {
  const shape = shapeNamed(document, box.name);
  const properties = shape && all(shape, DRAWING, 'bodyPr')[0];
  if (!properties) throw new Error(`slide ${slide}: the text box "${box.name}" is not in the slide`);
  properties.setAttribute('numCol', String(box.count));
  properties.setAttribute('spcCol', String(box.gapEmu));
}

/**
 * A paragraph in two columns, split by one tab stop (a date, then the record's text), hangs from
 * that stop as the deck's grid does: a line that wraps, or a line break, starts under the second
 * column instead of at the left edge. pptxgenjs writes a hanging indent only for bullets, so the
 * zero indent it writes for these paragraphs is changed here. With more stops (a badge, its label,
 * then text) it is left alone: LibreOffice then measures the earlier stops from the indent.
 */
export function hangTabbedParagraphs(document: Document): void {
  for (const properties of all(document, DRAWING, 'pPr')) {
    if (properties.getAttribute('indent') !== '0' || properties.getAttribute('marL') !== '0') continue;
    const stops = children(properties, 'tabLst').flatMap((list) => children(list, 'tab'));
    const [stop] = stops;
    if (stops.length !== 1 || !stop || stop.getAttribute('algn') !== 'l') continue;
    const position = stop.getAttribute('pos') ?? '0';
    properties.setAttribute('indent', `-${position}`);
    properties.setAttribute('marL', position);
  }
}

/** The notes box and type: see finish-pptx.ts. */
export interface NotesLayout {
  readonly body: Emu;
  /** In hundredths of a point. */
  readonly size: number;
}

/** A notes paragraph: a click cue at its start is bold, as in the deck. */
function notesParagraph(document: Document, text: string, size: number): Element {
  const run = (part: string, bold: boolean): Element => {
    const words = make(document, DRAWING, 'a:t');
    words.appendChild(document.createTextNode(part));
    return make(document, DRAWING, 'a:r', {}, make(document, DRAWING, 'a:rPr', { dirty: 0, sz: size, ...(bold ? { b: 1 } : {}) }), words);
  };
  const runs = text.startsWith(CUE) ? [run(CUE, true), run(text.slice(CUE.length), false)] : [run(text, false)];
  return make(document, DRAWING, 'a:p', {}, ...runs);
}

/**
 * The notes part's body placeholder with one paragraph per notes paragraph (pptxgenjs writes the
 * notes as one), in its box.
 */
export function setNotes(document: Document, part: string, paragraphs: readonly string[], layout: NotesLayout): void {
  const placeholder = all(document, PRESENTATION, 'ph').find((element) => element.getAttribute('type') === 'body');
  const shape = placeholder && closest(placeholder, 'sp');
  const body = shape && children(shape, 'txBody')[0];
  if (!shape || !body) throw new Error(`${part} has no notes body`);
  const [names] = children(shape, 'nvSpPr');
  let properties = children(shape, 'spPr')[0];
  if (!properties) {
    properties = make(document, PRESENTATION, 'p:spPr');
    shape.insertBefore(properties, names?.nextSibling ?? null);
  }
  for (const child of children(properties)) properties.removeChild(child);
  properties.appendChild(make(document, DRAWING, 'a:xfrm', {}, ...frameParts(document, layout.body)));
  for (const child of children(body).filter((element) => element.localName === 'p')) body.removeChild(child);
  for (const text of paragraphs) body.appendChild(notesParagraph(document, text, layout.size));
}

/** The target (under ppt/media/) of the fallback image of the picture named `name`, from the slide and its relationships. */
export function pictureTarget(slide: Document, relationships: Document, name: string): string | null {
  const properties = all(slide, PRESENTATION, 'cNvPr').find((element) => element.getAttribute('name') === name);
  const picture = properties && closest(properties, 'pic');
  const embed = picture && all(picture, DRAWING, 'blip')[0]?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'embed');
  const relationship = [...relationships.getElementsByTagName('Relationship')].find((element) => element.getAttribute('Id') === embed);
  const target = relationship?.getAttribute('Target') ?? '';
  return target.startsWith('../media/') ? target.slice('../media/'.length) : null;
}

/** The document properties with their keywords (pptxgenjs writes none). */
export function addKeywords(core: Document, keywords: readonly string[]): void {
  const root = core.documentElement;
  if (!root) throw new Error('docProps/core.xml is empty');
  const element = make(core, 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'cp:keywords');
  element.appendChild(core.createTextNode(keywords.join(', ')));
  root.appendChild(element);
}
