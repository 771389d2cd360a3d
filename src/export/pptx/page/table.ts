/** A table: its rows and cells as a native table, the cells' own frames and marks on top. */
import type { Cell, Line } from '../measured.ts';
import { hidden, lineOf, px, visible } from './css.ts';
import { decorate } from './decorate.ts';
import { markGlyph } from './marks.ts';
import { boxOf, contentBox, type SlideMeasure } from './slide.ts';
import { paragraphOf } from './text.ts';

/** An inset box-shadow with no offset and no blur draws a frame of its spread inside the box. */
function insetFrame(boxShadow: string): Line | null {
  const shadow = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px inset$/.exec(boxShadow);
  return shadow?.[1] && visible(shadow[1]) ? { color: shadow[1], widthPx: Number(shadow[2]), dashed: false } : null;
}

function cellOf(slide: SlideMeasure, row: HTMLTableRowElement, cell: HTMLTableCellElement): Cell {
  const style = getComputedStyle(cell);
  const rowFill = getComputedStyle(row).backgroundColor;
  const valign = style.verticalAlign === 'middle' ? 'middle' : style.verticalAlign === 'bottom' ? 'bottom' : 'top';
  return {
    paragraphs: [paragraphOf(slide, cell, contentBox(slide, cell).x, 'none', 0, 0, true)],
    fill: visible(style.backgroundColor) ? style.backgroundColor : visible(rowFill) ? rowFill : null,
    valign,
    paddingPx: [px(style.paddingTop), px(style.paddingRight), px(style.paddingBottom), px(style.paddingLeft)],
    borderBottom: lineOf(style.borderBottomColor, style.borderBottomWidth, style.borderBottomStyle),
    borderTop: lineOf(style.borderTopColor, style.borderTopWidth, style.borderTopStyle),
    frame: lineOf(style.outlineColor, style.outlineWidth, style.outlineStyle) ?? insetFrame(style.boxShadow),
  };
}

/**
 * What belongs under the table (a legend of its marks) as its last row: one cell across every
 * column, its marks as characters, the gap above it as the cell's top padding. In a table, it
 * moves down with the rows when a recipient's wider font makes them taller.
 */
function footRow(slide: SlideMeasure, table: DOMRect, foot: Element, columns: number): { heightPx: number; cells: Cell[] } {
  const box = boxOf(slide, foot.getBoundingClientRect());
  const gap = Math.max(foot.getBoundingClientRect().top - table.bottom, 0);
  const cell: Cell = {
    paragraphs: [paragraphOf(slide, foot, box.x, 'none', 0, 0, true)],
    fill: null,
    valign: 'top',
    paddingPx: [gap, 0, 0, box.x - boxOf(slide, table).x],
    borderBottom: null,
    borderTop: null,
    frame: null,
    span: columns,
  };
  return { heightPx: gap + box.h, cells: [cell] };
}

/** A table as a native table; `foot`, an element that belongs under it, as its last row. */
export function table(slide: SlideMeasure, element: HTMLTableElement, foot: Element | null = null): void {
  const rows = [...element.rows].filter((row) => !hidden(row));
  const columnsPx = [...(rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect().width);
  const rect = element.getBoundingClientRect();
  const measured = rows.map((row) => ({ heightPx: row.getBoundingClientRect().height, cells: [...row.cells].map((cell) => cellOf(slide, row, cell)) }));
  const last = foot && !hidden(foot) ? footRow(slide, rect, foot, columnsPx.length) : null;
  const box = boxOf(slide, rect);
  slide.items.push({
    kind: 'table',
    box: last ? { ...box, h: box.h + last.heightPx } : box,
    columnsPx,
    headerRows: rows.filter((row) => row.parentElement?.tagName === 'THEAD').length,
    rows: last ? [...measured, last] : measured,
  });
  // Backgrounds and borders inside cells (and the foot) go on top of the table; marks are already characters in their cells.
  const inside = [...element.querySelectorAll('td *, th *'), ...(last && foot ? foot.querySelectorAll('*') : [])];
  for (const cell of inside) if (!markGlyph(cell)) decorate(slide, cell);
}
