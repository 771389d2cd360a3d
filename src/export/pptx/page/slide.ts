/**
 * One slide being measured: its origin (every box is relative to the slide's top left corner, in
 * canvas pixels), the items found so far, in drawing order, and the elements not known.
 */
import type { Box, Item } from '../measured.ts';
import { px } from './css.ts';

export interface SlideMeasure {
  readonly origin: DOMRect;
  readonly items: Item[];
  readonly unknown: string[];
  /** Whether an element may have generated text (::before, ::after): see generated.ts. */
  readonly mayHaveGenerated: (element: Element) => boolean;
}

/** A rectangle relative to the slide. */
export const boxOf = (slide: SlideMeasure, rect: DOMRect): Box => ({
  x: rect.left - slide.origin.left,
  y: rect.top - slide.origin.top,
  w: rect.width,
  h: rect.height,
});

/** A rectangle relative to the page (where a screenshot of it is taken). */
export const pageBoxOf = (rect: DOMRect): Box => ({ x: rect.left + scrollX, y: rect.top + scrollY, w: rect.width, h: rect.height });

/** The content box: inside padding and border, where the text starts. */
export function contentBox(slide: SlideMeasure, element: Element): Box {
  const style = getComputedStyle(element);
  const box = boxOf(slide, element.getBoundingClientRect());
  const left = px(style.paddingLeft) + px(style.borderLeftWidth);
  const top = px(style.paddingTop) + px(style.borderTopWidth);
  const right = px(style.paddingRight) + px(style.borderRightWidth);
  const bottom = px(style.paddingBottom) + px(style.borderBottomWidth);
  return { x: box.x + left, y: box.y + top, w: box.w - left - right, h: box.h - top - bottom };
}
