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

export function table(slide: SlideMeasure, element: HTMLTableElement): void {
  const rows = [...element.rows].filter((row) => !hidden(row));
  const columnsPx = [...(rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect().width);
  slide.items.push({
    kind: 'table',
    box: boxOf(slide, element.getBoundingClientRect()),
    columnsPx,
    headerRows: rows.filter((row) => row.parentElement?.tagName === 'THEAD').length,
    rows: rows.map((row) => ({ heightPx: row.getBoundingClientRect().height, cells: [...row.cells].map((cell) => cellOf(slide, row, cell)) })),
  });
  // Backgrounds and borders inside cells go on top of the table; marks are already characters in their cells.
  for (const cell of element.querySelectorAll('td *, th *')) if (!markGlyph(cell)) decorate(slide, cell);
}
