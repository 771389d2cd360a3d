/**
 * Browser code: measures what each slide of the deck shows, as text runs with their rendered
 * size and role (see TEXT_ROLE_ATTRIBUTE). Meant for the print view (`?print-pdf`), where every
 * slide is laid out at the canvas size with all its build steps shown. legibility/rules.ts judges.
 */
import { PARTS, TEXT_ROLE_ATTRIBUTE, type TextRole } from '../constants.ts';
import { countWords } from '../words.ts';
import type { MeasuredSlide, MeasuredText } from './rules.ts';

const ROLES: readonly TextRole[] = ['text', 'label', 'reference'];

function roleOf(element: Element): TextRole {
  const marked = element.closest(`[${TEXT_ROLE_ATTRIBUTE}]`)?.getAttribute(TEXT_ROLE_ATTRIBUTE);
  return ROLES.find((role) => role === marked) ?? 'text';
}

/** The element's type size as drawn: an SVG's viewBox scales its text. */
function renderedPx(element: Element): number {
  const px = Number.parseFloat(getComputedStyle(element).fontSize);
  if (!(element instanceof SVGGraphicsElement)) return px;
  const matrix = element.getScreenCTM();
  return matrix ? px * Math.hypot(matrix.a, matrix.b) : px;
}

function describe(element: Element, text: string): string {
  const name = element.classList.length > 0 ? `${element.localName}.${element.classList[0] ?? ''}` : element.localName;
  const words = text.replace(/\s+/g, ' ').trim();
  return `${name} "${words.length > 40 ? `${words.slice(0, 40)}…` : words}"`;
}

/** Whether the element is drawn (not hidden, not in the speaker notes or an SVG's title). */
function isShown(element: Element): boolean {
  if (element.closest(`${PARTS.notes.selector}, title, desc`)) return false;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  // Drawn at all: a visually hidden element (for screen readers) is a pixel or less.
  const box = element.getBoundingClientRect();
  return box.width > 1 || box.height > 1;
}

function measureSlide(section: Element): MeasuredSlide {
  const texts: MeasuredText[] = [];
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const element = node.parentElement;
    if (!element || text.trim() === '' || !isShown(element)) continue;
    texts.push({ element: describe(element, element.textContent ?? text), text, role: roleOf(element), px: renderedPx(element), words: countWords(text) });
  }
  return { id: section.id, texts };
}

/** Every slide of the page, measured. */
export function measureSlides(root: ParentNode = document): MeasuredSlide[] {
  return [...root.querySelectorAll(PARTS.slide.selector)].map(measureSlide);
}
