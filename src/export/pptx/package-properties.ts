/**
 * What the PowerPoint file says about its text, as a recipient's application reads it: one
 * language for every run of slides and notes (the deck's, not pptxgenjs's en-US), and extended
 * properties (`docProps/app.xml`) that name the fonts the text uses, each slide's title and the
 * word and paragraph counts, instead of pptxgenjs's Arial, Calibri, "Slide 1…" and zeros.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { countWords } from '../../words.ts';
import { all, DRAWING, PRESENTATION, parsePart, serialisePart, type XmlLibrary } from './valid-package.ts';

const EXTENDED = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** Sets the language of every run, paragraph end and default run style in a part. */
export function setLanguage(document: Document, language: string): void {
  for (const name of ['rPr', 'endParaRPr', 'defRPr']) for (const properties of all(document, DRAWING, name)) properties.setAttribute('lang', language);
}

/** Windows's pitch-and-family values: a proportional serif (roman) and a proportional sans (swiss). */
export const PITCH_FAMILY = { serif: '18', sans: '34' } as const;

/**
 * Declares each named font's family (pptxgenjs declares every font a sans), so that an
 * application without the font substitutes one of the same kind: a serif for a serif.
 */
export function declareFontFamilies(document: Document | Element, serifFonts: ReadonlySet<string>): void {
  for (const name of ['latin', 'ea', 'cs']) {
    for (const font of all(document, DRAWING, name)) {
      if (!font.hasAttribute('pitchFamily')) continue;
      font.setAttribute('pitchFamily', serifFonts.has(font.getAttribute('typeface') ?? '') ? PITCH_FAMILY.serif : PITCH_FAMILY.sans);
    }
  }
}

/** What a slide shows, for the file's properties. */
export interface SlideText {
  readonly title: string;
  /** Fonts its runs name (theme references such as +mj-lt aside). */
  readonly fonts: readonly string[];
  readonly words: number;
  readonly paragraphs: number;
}

/** The text of an element's runs, a line break read as a space. */
function textOf(element: Element): string {
  return [...element.childNodes]
    .map((node) => {
      if (node.nodeType !== node.ELEMENT_NODE) return '';
      if (node.localName === 'br') return ' ';
      if (node.localName === 't') return node.textContent ?? '';
      return textOf(node as Element);
    })
    .join('');
}

/** A slide's title (the text of its title placeholder), fonts, words and paragraphs with text. */
export function slideText(document: Document): SlideText {
  const shapes = all(document, PRESENTATION, 'sp');
  const title = shapes.find((shape) => all(shape, PRESENTATION, 'ph').some((placeholder) => placeholder.getAttribute('type') === 'title'));
  const paragraphs = all(document, DRAWING, 'p')
    .map(textOf)
    .filter((text) => text.trim() !== '');
  const fonts = all(document, DRAWING, 'latin')
    .map((font) => font.getAttribute('typeface') ?? '')
    .filter((typeface) => typeface !== '' && !typeface.startsWith('+'));
  return {
    title: (title ? textOf(title) : '').replace(/\s+/g, ' ').trim(),
    fonts: [...new Set(fonts)],
    words: paragraphs.reduce((sum, text) => sum + countWords(text), 0),
    paragraphs: paragraphs.length,
  };
}

function replaceChildren(document: Document, parent: Element | undefined, name: string, values: readonly string[]): void {
  if (!parent) return;
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const value of values) {
    const element = document.createElementNS(TYPES, `vt:${name}`);
    element.appendChild(document.createTextNode(value));
    parent.appendChild(element);
  }
}

function setCount(document: Document, name: string, value: number): void {
  const element = all(document, EXTENDED, name)[0];
  if (!element) return;
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild(document.createTextNode(String(value)));
}

/** `docProps/app.xml` with the real fonts, the slide titles and the counts. */
export function appProperties(xml: string, slides: readonly SlideText[], library: XmlLibrary): string {
  const document = parsePart(xml, 'docProps/app.xml', library);
  const fonts = [...new Set(slides.flatMap((slide) => slide.fonts))];
  const themes = all(document, EXTENDED, 'TitlesOfParts')
    .flatMap((parts) => all(parts, TYPES, 'lpstr'))
    .map((part) => part.textContent ?? '')
    .filter((name) => /theme/i.test(name));
  const titles = slides.map((slide, index) => slide.title || `Slide ${index + 1}`);
  setCount(
    document,
    'Words',
    slides.reduce((sum, slide) => sum + slide.words, 0),
  );
  setCount(
    document,
    'Paragraphs',
    slides.reduce((sum, slide) => sum + slide.paragraphs, 0),
  );
  const pairs = all(document, EXTENDED, 'HeadingPairs').flatMap((element) => all(element, TYPES, 'vector'))[0];
  const heading = (name: string, count: number): string[] => [name, String(count)];
  const headings = [...heading('Fonts Used', fonts.length), ...heading('Theme', themes.length), ...heading('Slide Titles', titles.length)];
  if (pairs) {
    while (pairs.firstChild) pairs.removeChild(pairs.firstChild);
    for (const [index, value] of headings.entries()) {
      const variant = document.createElementNS(TYPES, 'vt:variant');
      const item = document.createElementNS(TYPES, index % 2 === 0 ? 'vt:lpstr' : 'vt:i4');
      item.appendChild(document.createTextNode(value));
      variant.appendChild(item);
      pairs.appendChild(variant);
    }
    pairs.setAttribute('size', String(headings.length));
  }
  const parts = all(document, EXTENDED, 'TitlesOfParts').flatMap((element) => all(element, TYPES, 'vector'))[0];
  const names = [...fonts, ...themes, ...titles];
  replaceChildren(document, parts, 'lpstr', names);
  parts?.setAttribute('size', String(names.length));
  return serialisePart(document, library);
}
