/** Backgrounds and borders as shapes: a frame, a fill, a bar on one side, a dashed line, a half-filled mark as a pie. */
import type { Box, Line } from '../measured.ts';
import { gradientTowards, hidden, lineOf, px, TABLE_PARTS, turnedSquare, visible } from './css.ts';
import { boxOf, type SlideMeasure } from './slide.ts';

/** A border side: its line (or null), and the bar it draws for a given width. */
interface Side {
  readonly line: Line | null;
  readonly bar: (width: number) => Box;
}

function sidesOf(style: CSSStyleDeclaration, box: Box): Side[] {
  return [
    { line: lineOf(style.borderTopColor, style.borderTopWidth, style.borderTopStyle), bar: (w) => ({ x: box.x, y: box.y, w: box.w, h: w }) },
    { line: lineOf(style.borderRightColor, style.borderRightWidth, style.borderRightStyle), bar: (w) => ({ x: box.x + box.w - w, y: box.y, w, h: box.h }) },
    {
      line: lineOf(style.borderBottomColor, style.borderBottomWidth, style.borderBottomStyle),
      bar: (w) => ({ x: box.x, y: box.y + box.h - w, w: box.w, h: w }),
    },
    { line: lineOf(style.borderLeftColor, style.borderLeftWidth, style.borderLeftStyle), bar: (w) => ({ x: box.x, y: box.y, w, h: box.h }) },
  ];
}

/** The shape a box draws: a rectangle, a diamond (a square turned 45°), an ellipse, or a rounded rectangle and its radius. */
function geometryOf(style: CSSStyleDeclaration, box: Box): { geometry: 'rect' | 'diamond' | 'ellipse' | 'roundRect'; corners: { radiusPx?: number } } {
  const percent = style.borderTopLeftRadius.endsWith('%');
  const radius = percent ? (px(style.borderTopLeftRadius) / 100) * Math.min(box.w, box.h) : px(style.borderTopLeftRadius);
  // 50 % draws an ellipse (a circle when square: a badge); a radius of half the height in pixels, a pill.
  const round = percent ? px(style.borderTopLeftRadius) >= 50 : radius >= Math.min(box.w, box.h) / 2 - 0.5 && Math.abs(box.w - box.h) < 1;
  const geometry = radius <= 0 ? (turnedSquare(style) && Math.abs(box.w - box.h) < 1 ? 'diamond' : 'rect') : round ? 'ellipse' : 'roundRect';
  return { geometry, corners: geometry === 'roundRect' ? { radiusPx: Math.min(radius, Math.min(box.w, box.h) / 2) } : {} };
}

/** A round mark half filled by a hard-stop gradient (a "partly" status): the filled half as a pie. */
function halfFill(slide: SlideMeasure, style: CSSStyleDeclaration, box: Box): void {
  const half = /^linear-gradient\((?:(-?[\d.]+)deg|to (top|right|bottom|left)), (rgba?\([^)]*\)) 50%, rgba\(0, 0, 0, 0\) 50%\)$/.exec(style.backgroundImage);
  if (!half) return;
  // CSS angles point where the gradient goes (0 up, clockwise); the colour is on the opposite side.
  const towards = gradientTowards(half[1], half[2]);
  const middle = (((Math.round(towards) + 90) % 360) + 360) % 360;
  slide.items.push({ kind: 'shape', box, fill: half[3] ?? null, line: null, geometry: 'pie', angles: [(middle + 270) % 360, (middle + 90) % 360] });
}

/** A dashed border side: a dashed line along the middle of where the border is. */
function dashedSide(slide: SlideMeasure, bar: Box, line: Line): void {
  const across = bar.w >= bar.h;
  const [from, to] = across
    ? [
        { x: bar.x, y: bar.y + bar.h / 2 },
        { x: bar.x + bar.w, y: bar.y + bar.h / 2 },
      ]
    : [
        { x: bar.x + bar.w / 2, y: bar.y },
        { x: bar.x + bar.w / 2, y: bar.y + bar.h },
      ];
  const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), w: Math.abs(to.x - from.x), h: Math.abs(to.y - from.y) };
  slide.items.push({
    kind: 'path',
    box,
    points: [
      { type: 'move', ...from },
      { type: 'line', ...to },
    ],
    fill: null,
    line,
    arrowStart: false,
    arrowEnd: false,
  });
}

/** A background or border, as a shape (a border on one side only: a thin bar on that side). */
export function decorate(slide: SlideMeasure, element: Element): void {
  if (TABLE_PARTS.has(element.tagName) || hidden(element)) return;
  const style = getComputedStyle(element);
  const box = boxOf(slide, element.getBoundingClientRect());
  const fill = visible(style.backgroundColor) ? style.backgroundColor : null;
  const sides = sidesOf(style, box);
  const all = sides.every((side) => side.line !== null && side.line.color === sides[0]?.line?.color && side.line.widthPx === sides[0]?.line?.widthPx);
  const { geometry, corners } = geometryOf(style, box);
  if (geometry === 'ellipse') halfFill(slide, style, box);
  if (all) {
    const line = sides[0]?.line ?? null;
    const inset = (line?.widthPx ?? 0) / 2; // PowerPoint centres the line on the edge; CSS draws it inside
    const inner = { x: box.x + inset, y: box.y + inset, w: box.w - 2 * inset, h: box.h - 2 * inset };
    slide.items.push({ kind: 'shape', box: inner, fill, line, geometry, ...corners });
    return;
  }
  if (fill) slide.items.push({ kind: 'shape', box, fill, line: null, geometry, ...corners });
  for (const side of sides) {
    if (!side.line) continue;
    const bar = side.bar(side.line.widthPx);
    if (side.line.dashed) dashedSide(slide, bar, side.line);
    else slide.items.push({ kind: 'shape', box: bar, fill: side.line.color, line: null, geometry: 'rect' });
  }
}

/** An element's backgrounds and borders, and its descendants' (an SVG draws its own). */
export function decorateTree(slide: SlideMeasure, element: Element): void {
  decorate(slide, element);
  for (const child of element.children) if (!(child instanceof SVGElement)) decorateTree(slide, child);
}
