/** Parts set side by side (a status line: mark, word, finding) and chains of steps joined by arrows. */
import { BLOCK_PARTS, hidden } from './css.ts';
import { decorate, decorateTree } from './decorate.ts';
import { boxOf, contentBox, type SlideMeasure } from './slide.ts';
import { paragraphOf } from './text.ts';

/** A flex row of parts on one line (a status line: mark, word, finding), with no text of its own. */
export function sideBySide(element: Element): boolean {
  const style = getComputedStyle(element);
  const flexRow = style.display.endsWith('flex') && style.flexDirection.startsWith('row');
  if (!flexRow && !style.display.endsWith('grid')) return false;
  if ([...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')) return false;
  const children = [...element.children].filter((child) => !hidden(child));
  // Parts of text only: a layout of blocks (a figure beside a list) is walked as blocks.
  if (children.some((child) => child.matches(BLOCK_PARTS) || child.querySelector(BLOCK_PARTS))) return false;
  const parts = children.map((child) => child.getBoundingClientRect());
  return parts.length > 1 && parts.every((part, index) => index === 0 || part.top < (parts[index - 1]?.bottom ?? 0));
}

/**
 * Each part of a row its own text box where the deck has it (tab stops, which would keep them
 * in one paragraph, are read differently by different applications); a mark is its shape.
 */
export function row(slide: SlideMeasure, element: Element, right?: number, drawFrames = true): void {
  const inner = contentBox(slide, element);
  const end = right ?? inner.x + inner.w;
  // A list's items are decorated with their list (decorateTree): not a second time here.
  if (drawFrames) decorate(slide, element);
  const parts = [...element.children].filter((part) => !hidden(part));
  parts.forEach((part, index) => {
    // Room up to the next part (or the row's end), for a recipient's wider font.
    const next = parts[index + 1];
    const partEnd = next ? boxOf(slide, next.getBoundingClientRect()).x : end;
    if (sideBySide(part)) row(slide, part, partEnd, drawFrames);
    else if (part.childNodes.length === 0) {
      if (drawFrames) decorate(slide, part);
    } else {
      if (drawFrames) decorateTree(slide, part);
      const box = contentBox(slide, part);
      slide.items.push({ kind: 'text', box: { ...box, w: Math.max(box.w, partEnd - box.x) }, paragraphs: [paragraphOf(slide, part, box.x)] });
    }
  });
}

/** Steps in a row joined by arrows: each step its frame and text, each arrow a line between them. */
export function chain(slide: SlideMeasure, list: Element): void {
  const steps = [...list.children].filter((step) => !hidden(step));
  steps.forEach((step, index) => {
    decorateTree(slide, step);
    const box = contentBox(slide, step);
    slide.items.push({ kind: 'text', box, paragraphs: [paragraphOf(slide, step, box.x)] });
    const next = steps[index + 1];
    if (next) {
      const from = boxOf(slide, step.getBoundingClientRect());
      const to = boxOf(slide, next.getBoundingClientRect());
      const arrow = getComputedStyle(next, '::before');
      slide.items.push({
        kind: 'arrow',
        box: { x: from.x + from.w + 8, y: from.y + from.h / 2, w: to.x - from.x - from.w - 16, h: 0 },
        color: arrow.color,
        widthPx: 4,
      });
    }
  });
}
