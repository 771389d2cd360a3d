/**
 * Lists: one text box of paragraphs when the items stack; when they sit side by side, one box per
 * column of plain items and one per framed item (a chip); rows of columns (a number, a label, a
 * detail) as a box per column.
 */
import type { Box, Paragraph, Run } from '../measured.ts';
import { hidden, lineHeightOf, px, visible } from './css.ts';
import { row, sideBySide } from './rows.ts';
import { boxOf, contentBox, type SlideMeasure } from './slide.ts';
import { paragraphOf, runStyleOf } from './text.ts';

/** A list item has a marker when the list shows one, or its ::before draws one. */
function hasMarker(list: Element, item: Element): boolean {
  if (getComputedStyle(list).listStyleType !== 'none' && getComputedStyle(item).display === 'list-item') return true;
  const before = getComputedStyle(item, '::before');
  return before.content !== 'none' && before.content !== 'normal' && (before.content !== '""' || visible(before.backgroundColor));
}

/**
 * A number drawn by a counter in ::before ("01" for decimal-leading-zero), as the text it
 * shows; null for any other marker (which PowerPoint numbers or bullets itself).
 */
function counterMarker(item: Element, number: number): string | null {
  const content = getComputedStyle(item, '::before').content;
  const counter = /^counter\([\w-]+(?:,\s*([\w-]+))?\)$/.exec(content);
  if (!counter) return null;
  const style = counter[1] ?? 'decimal';
  if (style === 'decimal-leading-zero') return String(number).padStart(2, '0');
  return style === 'decimal' ? String(number) : null;
}

/** Where an item's text starts: its first element's left edge, or its content box's. */
const textStart = (slide: SlideMeasure, item: Element): number =>
  item.firstElementChild ? boxOf(slide, item.firstElementChild.getBoundingClientRect()).x : contentBox(slide, item).x;

/** The item's paragraph with its number first, in the number's own style, and a tab to where the item's text starts. */
function numberedAsText(slide: SlideMeasure, paragraph: Paragraph, number: string, item: Element, left: number): Paragraph {
  const style = runStyleOf(item, null, '::before');
  const runs: Run[] = [
    { text: number, style, breakBefore: false },
    { text: '\t', style, breakBefore: false },
  ];
  return { ...paragraph, runs: [...runs, ...paragraph.runs], tabStopsPx: [textStart(slide, item) - left, ...paragraph.tabStopsPx] };
}

/** A list item that draws nothing of its own (no border or fill): items in a column of these may share a box. */
function plain(item: Element): boolean {
  const style = getComputedStyle(item);
  return !visible(style.backgroundColor) && px(style.borderTopWidth) + px(style.borderBottomWidth) + px(style.borderLeftWidth) === 0;
}

/**
 * Items that are rows of columns (a number, a label, a detail side by side): each column a
 * text box where the deck has it, as a row is (see `row`), rather than one paragraph with tab
 * stops, which applications place differently. A counter's number is a box of its own.
 * False, doing nothing, when the items are not all such rows or have bullets.
 */
function columnRows(slide: SlideMeasure, list: Element, entries: readonly Element[], first: number): boolean {
  const numbers = entries.map((item, index) => (hasMarker(list, item) ? counterMarker(item, first + index) : ''));
  if (entries.length === 0 || !entries.every(sideBySide) || numbers.includes(null)) return false;
  entries.forEach((item, index) => {
    const number = numbers[index];
    const inner = contentBox(slide, item);
    if (number) {
      const style = runStyleOf(item, null, '::before');
      const paragraph: Paragraph = {
        runs: [{ text: number, style, breakBefore: false }],
        align: 'left',
        lineHeightPx: lineHeightOf(getComputedStyle(item, '::before')),
        spaceBeforePx: 0,
        bullet: 'none',
        indentPx: 0,
        tabStopsPx: [],
      };
      slide.items.push({ kind: 'text', box: { x: inner.x, y: inner.y, w: textStart(slide, item) - inner.x, h: inner.h }, paragraphs: [paragraph] });
    }
    row(slide, item, undefined, false);
  });
  return true;
}

/** The list's items, their boxes, and how they sit. */
interface ListShape {
  readonly entries: readonly Element[];
  readonly boxes: readonly Box[];
  /** Every item below the one before: one column. */
  readonly stacked: boolean;
  /** Room the marker takes left of the items. */
  readonly outside: number;
  readonly first: number;
  readonly below: (index: number) => boolean;
}

function shapeOf(slide: SlideMeasure, element: Element): ListShape {
  const entries = [...element.children].filter((item) => !hidden(item));
  const listLeft = contentBox(slide, element).x;
  const firstLeft = entries[0] ? boxOf(slide, entries[0].getBoundingClientRect()).x : listLeft;
  const boxes = entries.map((item) => boxOf(slide, item.getBoundingClientRect()));
  const below = (index: number): boolean => {
    const [box, previous] = [boxes[index], boxes[index - 1]];
    return box !== undefined && previous !== undefined && box.y >= previous.y + previous.h - 1;
  };
  const stacked = boxes.every((_, index) => index === 0 || below(index));
  const first = element instanceof HTMLOListElement ? element.start : 1;
  return { entries, boxes, stacked, outside: Math.max(firstLeft - listLeft, 0), first, below };
}

/** Column runs: an item continues the previous one's box when it is plain, below it and in line with it. */
function columnRuns(shape: ListShape): number[][] {
  const runs: number[][] = [];
  shape.entries.forEach((item, index) => {
    const inLine = Math.abs((shape.boxes[index]?.x ?? 0) - (shape.boxes[index - 1]?.x ?? 0)) < 1;
    const continues = shape.stacked || (plain(item) && shape.below(index) && inLine);
    const current = runs[runs.length - 1];
    if (current && index > 0 && continues) current.push(index);
    else runs.push([index]);
  });
  return runs;
}

/** One run's paragraphs, indents and tab stops measured from the text box's left edge `x`. */
function runParagraphs(slide: SlideMeasure, element: Element, shape: ListShape, run: readonly number[], x: number, marker: boolean): Paragraph[] {
  const head = run[0] ?? 0;
  return run.map((index, place) => {
    const item = shape.entries[index] ?? element;
    const box = shape.boxes[index] ?? shape.boxes[head] ?? { x: 0, y: 0, w: 0, h: 0 };
    // Never negative: an item's text starts at or after the box's edge (a rounding error aside).
    const indent = marker ? Math.max(contentBox(slide, item).x - x, 0) : 0;
    const previous = shape.boxes[index - 1];
    const gap = place > 0 && previous ? Math.max(box.y - previous.y - previous.h, 0) : 0;
    const counted = marker ? counterMarker(item, shape.first + index) : null;
    const paragraph = counted
      ? numberedAsText(slide, paragraphOf(slide, item, x, 'none', 0, gap), counted, item, x)
      : paragraphOf(slide, item, x, marker ? (element.tagName === 'OL' ? 'number' : 'bullet') : 'none', indent, gap);
    // A box that does not start the list starts its numbering at the number its first item shows.
    return place === 0 && shape.first + head > 1 && paragraph.bullet === 'number' ? { ...paragraph, numberFrom: shape.first + index } : paragraph;
  });
}

/** Where a run's lines end: the items' end when they stack, else up to the next item beside it (or the list's end). */
function runEnd(slide: SlideMeasure, element: Element, shape: ListShape, run: readonly number[], inner: Box): number {
  const head = run[0] ?? 0;
  const headBox = shape.boxes[head] ?? { x: 0, y: 0, w: 0, h: 0 };
  // The lines end where the items end (an item may be narrower than its list: a measure for reading).
  const listEnd = shape.stacked ? Math.max(...shape.boxes.map((box) => box.x + box.w)) : contentBox(slide, element).x + contentBox(slide, element).w;
  if (shape.stacked) return listEnd;
  if (!plain(shape.entries[head] ?? element)) return inner.x + inner.w;
  // A plain item has room up to the next one beside it (or the list's end), for a recipient's wider font.
  const next = shape.boxes[(run[run.length - 1] ?? head) + 1];
  return next && next.x > headBox.x && next.y < headBox.y + headBox.h ? next.x : listEnd;
}

/**
 * A list the page sets in columns (CSS `columns`): one text box of every item, flowing from one
 * column into the next, as the deck has it. The box starts at the list's padding, where the
 * markers hang; the gap between columns leaves the markers of the next one the same room.
 * False, doing nothing, for a list in one column.
 */
function inColumns(slide: SlideMeasure, element: Element, shape: ListShape): boolean {
  const style = getComputedStyle(element);
  const count = Number.parseInt(style.columnCount, 10);
  if (!(count > 1) || shape.entries.length === 0) return false;
  const inner = contentBox(slide, element);
  const x = inner.x - px(style.paddingLeft);
  const [first] = shape.entries;
  const marker = first !== undefined && hasMarker(element, first);
  // A number drawn by a CSS counter ("01") is text the columns' boxes keep (see runParagraphs), not PowerPoint's numbering.
  if (first && marker && counterMarker(first, shape.first) !== null) return false;
  const bullet = marker ? (element.tagName === 'OL' ? 'number' : 'bullet') : 'none';
  // Each column's paragraphs hang from its own left edge: one indent for all (the first item's).
  const indent = marker && first ? Math.max(contentBox(slide, first).x - x, 0) : 0;
  const [top, next] = shape.boxes;
  const spaceBefore = top && next && shape.below(1) ? Math.max(next.y - top.y - top.h, 0) : 0;
  const paragraphs = shape.entries.map((item, index) => {
    const paragraph = paragraphOf(slide, item, x, bullet, indent, index === 0 ? 0 : spaceBefore);
    return index === 0 && shape.first > 1 && bullet === 'number' ? { ...paragraph, numberFrom: shape.first } : paragraph;
  });
  const gapPx = Math.max(px(style.columnGap) - (inner.x - x), 0);
  slide.items.push({ kind: 'text', box: { x, y: inner.y, w: inner.x + inner.w - x, h: inner.h }, paragraphs, columns: { count, gapPx } });
  return true;
}

/**
 * A list: one text box of paragraphs when its items stack; when they sit side by side, one box
 * per column of plain items (so one column's text shrinks alike for a wider font) and one per
 * framed item (a chip, inside its padding). A marker outside the items keeps its room.
 */
export function list(slide: SlideMeasure, element: Element): void {
  const shape = shapeOf(slide, element);
  if (inColumns(slide, element, shape) || columnRows(slide, element, shape.entries, shape.first)) return;
  for (const run of columnRuns(shape)) {
    const head = run[0] ?? 0;
    const headBox = shape.boxes[head] ?? { x: 0, y: 0, w: 0, h: 0 };
    const marker = hasMarker(element, shape.entries[head] ?? element);
    const left = shape.stacked ? contentBox(slide, element).x : headBox.x - (marker ? shape.outside : 0);
    // The text box: the list's content, or the item's inside its padding with room for its marker.
    const inner = shape.stacked ? contentBox(slide, element) : contentBox(slide, shape.entries[head] ?? element);
    const x = shape.stacked ? inner.x : inner.x - (headBox.x - left);
    const paragraphs = runParagraphs(slide, element, shape, run, x, marker);
    const last = shape.boxes[run[run.length - 1] ?? head] ?? headBox;
    const bottom = shape.stacked || run.length === 1 ? inner.y + inner.h : last.y + last.h;
    const end = runEnd(slide, element, shape, run, inner);
    const right = shape.stacked ? end : Math.max(inner.x + inner.w, end);
    slide.items.push({ kind: 'text', box: { x, y: inner.y, w: right - x, h: bottom - inner.y }, paragraphs });
  }
}
