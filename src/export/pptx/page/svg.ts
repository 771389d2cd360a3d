/**
 * An SVG figure as native parts: rectangles, circles, lines, paths and text, each where the page
 * draws it (through its transforms), with its fill and stroke; or, when it holds anything else
 * (an image, a gradient, a clip), a picture: its SVG with the computed style inlined.
 */
import type { Box, Item, Line, PathPoint, Run } from '../measured.ts';
import { pathSteps, type Placement, placed } from '../path-data.ts';
import { straighten } from '../straighten.ts';
import { px } from './css.ts';
import { boxOf, type SlideMeasure } from './slide.ts';
import { cased, styleFrom } from './text.ts';

const SKIPPED = new Set(['title', 'desc', 'defs', 'marker', 'style', 'metadata']);

const numbers = (text: string): number[] => (text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);

/** A colour with the element's opacity folded in; null for none. */
function paint(value: string, alpha: number): string | null {
  if (value === 'none' || value === '') return null;
  const [r = 0, g = 0, b = 0, a = 1] = numbers(value);
  const opacity = a * alpha;
  return opacity <= 0 ? null : opacity >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${opacity})`;
}

/** Thrown (and caught by `drawing`) for what cannot be drawn natively: the figure becomes a picture. */
class NotNative extends Error {}

/** One graphics element being drawn: its style, placement, opacity, fill and stroke. */
interface Graphic {
  readonly element: SVGGraphicsElement;
  readonly style: CSSStyleDeclaration;
  readonly placement: Placement;
  readonly opacity: number;
  readonly fill: string | null;
  readonly line: Line | null;
}

/** A rectangle of user space placed on the slide. */
function boxFrom(placement: Placement, x: number, y: number, w: number, h: number): Box {
  const start = placed(placement, x, y);
  const end = placed(placement, x + w, y + h);
  return { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) };
}

/** A path item from its steps, fewer points for long straight runs; nothing when it draws nothing. */
function pathItem(graphic: Graphic, steps: readonly PathPoint[]): Item[] {
  const points = straighten(steps);
  const drawn = points.filter((point): point is Exclude<PathPoint, { type: 'close' }> => point.type !== 'close');
  if (drawn.length === 0) return [];
  const xs = drawn.map((point) => point.x);
  const ys = drawn.map((point) => point.y);
  const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  const { fill, line, style } = graphic;
  return [{ kind: 'path', box, points, fill, line, arrowStart: style.markerStart !== 'none', arrowEnd: style.markerEnd !== 'none' }];
}

function rectItem(graphic: Graphic, element: SVGRectElement): Item {
  const [x, y, w, h, rx] = [element.x, element.y, element.width, element.height, element.rx].map((length) => length.baseVal.value) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const radius = Math.min(rx, w / 2, h / 2) * Math.abs(graphic.placement.a);
  const corners = radius > 0 ? { radiusPx: radius } : {};
  return {
    kind: 'shape',
    box: boxFrom(graphic.placement, x, y, w, h),
    fill: graphic.fill,
    line: graphic.line,
    geometry: radius > 0 ? 'roundRect' : 'rect',
    ...corners,
  };
}

function ellipseItem(graphic: Graphic, element: SVGCircleElement | SVGEllipseElement): Item {
  const cx = element.cx.baseVal.value;
  const cy = element.cy.baseVal.value;
  const [rx, ry] =
    element instanceof SVGCircleElement ? [element.r.baseVal.value, element.r.baseVal.value] : [element.rx.baseVal.value, element.ry.baseVal.value];
  return { kind: 'shape', box: boxFrom(graphic.placement, cx - rx, cy - ry, 2 * rx, 2 * ry), fill: graphic.fill, line: graphic.line, geometry: 'ellipse' };
}

/** A line, polyline or polygon as path steps. */
function pointSteps(graphic: Graphic, element: SVGLineElement | SVGPolylineElement | SVGPolygonElement): PathPoint[] {
  const at = (x: number, y: number): { x: number; y: number } => placed(graphic.placement, x, y);
  if (element instanceof SVGLineElement)
    return [
      { type: 'move', ...at(element.x1.baseVal.value, element.y1.baseVal.value) },
      { type: 'line', ...at(element.x2.baseVal.value, element.y2.baseVal.value) },
    ];
  const points: PathPoint[] = [...element.points].map((point, index) => ({ type: index === 0 ? 'move' : 'line', ...at(point.x, point.y) }));
  return element instanceof SVGPolygonElement ? [...points, { type: 'close' }] : points;
}

/** Text, one run per part (a <tspan>, a date before its label, keeps its own size, weight and colour), with room to grow. */
function textItem(slide: SlideMeasure, graphic: Graphic): Item[] {
  const { element, style, opacity, fill } = graphic;
  const rect = element.getBoundingClientRect();
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const anchor = style.textAnchor;
  // Room on the side(s) the text grows to, so a recipient's wider substitute font does not wrap or shrink it.
  const box = boxOf(slide, rect);
  const room = Math.max(16, box.w / 4);
  const widened =
    anchor === 'middle'
      ? { ...box, x: box.x - room / 2, w: box.w + room }
      : anchor === 'end'
        ? { ...box, x: box.x - room, w: box.w + room }
        : { ...box, w: box.w + room };
  const pieces = [...element.childNodes].flatMap((node) => {
    const pieceStyle = node instanceof Element ? getComputedStyle(node) : style;
    const pieceFill = node instanceof Element ? paint(pieceStyle.fill, opacity * Number(pieceStyle.fillOpacity || 1)) : fill;
    const pieceText = (node.textContent ?? '').replace(/\s+/g, ' ');
    // A space between two parts is kept (as one space); an empty part is not.
    return pieceText === '' ? [] : [{ text: pieceText, style: pieceStyle, fill: pieceFill }];
  });
  const runs = pieces.map((piece, index): Run => {
    const shown = cased(index === 0 ? piece.text.trimStart() : index === pieces.length - 1 ? piece.text.trimEnd() : piece.text, piece.style.textTransform);
    return {
      text: pieces.length === 1 ? shown.trim() : shown,
      style: { ...styleFrom(piece.style, null, Math.abs(graphic.placement.a)), color: piece.fill ?? piece.style.color },
      breakBefore: false,
    };
  });
  const align = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
  const paragraph = {
    runs: runs.filter((run) => run.text !== ''),
    align,
    lineHeightPx: rect.height,
    spaceBeforePx: 0,
    bullet: 'none',
    indentPx: 0,
    tabStopsPx: [],
  } as const;
  return [{ kind: 'text', box: widened, paragraphs: [paragraph] }];
}

/** One graphics element's parts. */
function partsOf(slide: SlideMeasure, graphic: Graphic): Item[] {
  const { element } = graphic;
  if (element instanceof SVGRectElement) return [rectItem(graphic, element)];
  if (element instanceof SVGCircleElement || element instanceof SVGEllipseElement) return [ellipseItem(graphic, element)];
  if (element instanceof SVGLineElement || element instanceof SVGPolylineElement || element instanceof SVGPolygonElement)
    return pathItem(graphic, pointSteps(graphic, element));
  if (element instanceof SVGPathElement) {
    let steps: PathPoint[];
    try {
      steps = pathSteps(element.getAttribute('d') ?? '', graphic.placement);
    } catch {
      throw new NotNative(); // malformed path data
    }
    return pathItem(graphic, steps);
  }
  if (element instanceof SVGTextElement) return textItem(slide, graphic);
  throw new NotNative();
}

/** An element's style and placement, or NotNative: rotated, skewed, filled with a gradient or pattern, clipped, masked or filtered. */
function graphicOf(slide: SlideMeasure, element: SVGGraphicsElement, style: CSSStyleDeclaration, opacity: number): Graphic {
  const matrix = element.getScreenCTM();
  const paintServer = style.fill.includes('url(') || style.stroke.includes('url(');
  const clipped = style.clipPath !== 'none' || style.mask !== 'none' || style.filter !== 'none';
  if (!matrix || Math.abs(matrix.b) > 1e-6 || Math.abs(matrix.c) > 1e-6 || paintServer || clipped) throw new NotNative();
  const placement = { a: matrix.a, d: matrix.d, e: matrix.e, f: matrix.f, left: slide.origin.left, top: slide.origin.top };
  const strokeColor = paint(style.stroke, opacity * Number(style.strokeOpacity || 1));
  const strokeWidth = px(style.strokeWidth) * Math.abs(matrix.a);
  const dashed = style.strokeDasharray !== 'none' && style.strokeDasharray !== '';
  const line = strokeColor && strokeWidth > 0 ? { color: strokeColor, widthPx: strokeWidth, dashed } : null;
  return { element, style, placement, opacity, fill: paint(style.fill, opacity * Number(style.fillOpacity || 1)), line };
}

/** An element's parts, and its children's for a group or link; throws NotNative for anything else. */
function visit(slide: SlideMeasure, element: Element, groupOpacity: number, parts: Item[]): void {
  const tag = element.tagName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return;
  const opacity = groupOpacity * Number(style.opacity || 1);
  if (opacity <= 0) return;
  if (tag === 'g' || tag === 'a') {
    for (const child of element.children) visit(slide, child, opacity, parts);
    return;
  }
  if (!(element instanceof SVGGraphicsElement)) throw new NotNative();
  parts.push(...partsOf(slide, graphicOf(slide, element, style, opacity)));
}

/** The figure's parts, or null when it holds anything that cannot be drawn natively (then it is a picture). */
export function drawing(slide: SlideMeasure, svg: SVGSVGElement): Item[] | null {
  const parts: Item[] = [];
  try {
    for (const child of svg.children) visit(slide, child, Number(getComputedStyle(svg).opacity || 1), parts);
  } catch (error) {
    if (error instanceof NotNative) return null;
    throw error;
  }
  // Nothing drawable: a picture, which keeps the figure and its alt text.
  return parts.length > 0 ? parts : null;
}

/** The computed style properties a picture's SVG keeps inline (its classes' rules are not in it). */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'display',
  'marker-start',
  'marker-end',
];

/** The SVG as a file of its own: computed style inlined, classes dropped, its drawn size. */
export function svgText(element: SVGSVGElement): string {
  const copy = element.cloneNode(true) as SVGSVGElement;
  const originals = [element, ...element.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target || original.tagName === 'title' || original.tagName === 'desc') return;
    const style = getComputedStyle(original);
    target.setAttribute('style', INLINED.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
    target.removeAttribute('class');
  });
  const rect = element.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(rect.width));
  copy.setAttribute('height', String(rect.height));
  return new XMLSerializer().serializeToString(copy);
}

/** A figure's alt text: its title (or label), then its description. */
export function altOf(element: Element): string {
  const name = element.querySelector(':scope > title')?.textContent ?? element.getAttribute('aria-label') ?? '';
  const description = element.querySelector(':scope > desc')?.textContent ?? '';
  return [name, description]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('. ');
}
