/**
 * Small readings of computed CSS, shared by the page's measuring modules (browser code: it runs
 * in the deck's page, bundled by ../page-script.ts).
 */
import type { Line } from '../measured.ts';

/** Block-level elements whose children are walked one by one. */
export const CONTAINERS = new Set(['DIV', 'HEADER', 'FOOTER', 'SECTION', 'FIGURE', 'MAIN', 'NAV', 'ARTICLE']);
/** Elements that are one block of text. */
export const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION']);
/** Displays whose children flow in lines, one block below another (not flex or grid, which may set them side by side). */
export const FLOW = new Set(['block', 'list-item', 'table-cell', 'inline-block', 'flow-root']);
/** Elements that make a part a block of its own rather than text in a row. */
export const BLOCK_PARTS = 'svg, ul, ol, table, p, div, li, figure, section, h1, h2, h3, h4, h5, h6, blockquote';
/** The parts of a table, which the table's own measuring draws. */
export const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'COLGROUP', 'COL']);

/** A CSS length in pixels (0 for anything that is not a number). */
export const px = (value: string): number => Number.parseFloat(value) || 0;

/** Whether a colour paints anything. */
export const visible = (color: string): boolean => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);

/** Not shown: no display, hidden, or no larger than a pixel. */
export function hidden(element: Element): boolean {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  return style.display === 'none' || style.visibility === 'hidden' || (rect.width <= 1 && rect.height <= 1);
}

/** Turned by 45 degrees: a square drawn so is a diamond. */
export function turnedSquare(style: CSSStyleDeclaration): boolean {
  if (style.transform === 'none') return false;
  const matrix = new DOMMatrixReadOnly(style.transform);
  return Math.abs(Math.abs(matrix.a) - Math.SQRT1_2) < 0.01 && Math.abs(Math.abs(matrix.b) - Math.SQRT1_2) < 0.01;
}

/** An element as a report names it: its tag and classes, e.g. `img.photo`. */
export function describe(element: Element): string {
  const classes = [...element.classList].filter((name) => name !== 'fragment' && name !== 'visible');
  return `${element.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}`;
}

/** A line's height as CSS sets it ("normal": 1.2 times the type size). */
export const lineHeightOf = (style: CSSStyleDeclaration): number => (style.lineHeight === 'normal' ? px(style.fontSize) * 1.2 : px(style.lineHeight));

/** A box that centres its content both ways (a number in a circle). */
export function centresContent(element: Element): boolean {
  const style = getComputedStyle(element);
  const across = style.display.endsWith('grid') ? style.justifyItems === 'center' : style.display.endsWith('flex') && style.justifyContent === 'center';
  return across && style.alignItems === 'center';
}

/** A border side as a line, or null when it draws nothing. */
export const lineOf = (color: string, width: string, style: string): Line | null =>
  px(width) > 0 && style !== 'none' && style !== 'hidden' && visible(color)
    ? { color, widthPx: px(width), dashed: style === 'dashed' || style === 'dotted' }
    : null;

/** Where a gradient runs, in degrees (0 up, clockwise), from its CSS angle or side keyword. */
export function gradientTowards(angle: string | undefined, side: string | undefined): number {
  return angle !== undefined ? Number(angle) : ({ top: 0, right: 90, bottom: 180, left: 270 } as const)[side as 'top'];
}
