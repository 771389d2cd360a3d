import type { DeckLabels, IsoDate, StripSlide } from '../model.ts';
import { formatDate } from '../dom/format.ts';
import { accessibleSvg, svg } from '../dom/html.ts';
import { scale, yearFraction } from './timeline.ts';
import { LABEL } from '../dom/text-role.ts';

/** The drawing's size, in canvas pixels (drawn 1:1 into the slide's frame). */
const WIDTH = 1664;
const HEIGHT = 640;
const AXIS_Y = 400;
const AXIS_LEFT = 250;
const AXIS_RIGHT = WIDTH - 24;
/** How far each level of labels stands from the axis, and how tall it is. */
const FIRST_LEVEL = 44;
const LEVEL = 56;
/** Roughly how wide a character is, as a share of the type size, and the item text's size. */
const CHAR_WIDTH = 0.52;
const TEXT_PX = 34;
const DATE_PX = 28;

type Side = 'above' | 'below';

/** Where an item's label goes: its level (0 nearest the axis) and whether it ends at its marker. */
export interface Placement {
  readonly level: number;
  readonly anchor: 'start' | 'end';
}

/** A label's horizontal extent for an anchor at x, with a little air either side. */
function _spanOf(x: number, width: number, anchor: 'start' | 'end'): [number, number] {
  return anchor === 'start' ? [x - 8, x + width + 24] : [x - width - 24, x + 8];
}

/** Levels tried before a label gives up keeping clear of other items' leaders. */
const MAX_LEVELS = 6;

/**
 * Places labels (given in date order) so that none overlaps another on its side and, where it
 * can, no item's leader (the line from the axis to its label) runs through another's label. Each
 * label ends at its marker (so a later item's leader passes to the right of it), unless that
 * would run past the left edge; it goes on the nearest level where it fits.
 */
export function placeLabels(items: readonly { x: number; width: number }[], left: number): Placement[] {
  const spans: [number, number][][] = [];
  const leaders: number[][] = [];
  const crosses = ([from, to]: [number, number], x: number): boolean => x > from && x < to;
  const clear = (span: [number, number], level: number): boolean => (spans[level] ?? []).every(([from, to]) => span[1] <= from || span[0] >= to);
  const untouched = (span: [number, number], x: number, level: number): boolean =>
    (leaders[level] ?? []).every((leader) => !crosses(span, leader)) && spans.slice(0, level).every((below) => below.every((taken) => !crosses(taken, x)));
  return items.map(({ x, width }) => {
    const anchor: 'start' | 'end' = x - width - 24 < left ? 'start' : 'end';
    const span: [number, number] = anchor === 'start' ? [x - 8, x + width + 24] : [x - width - 24, x + 8];
    let level = Array.from({ length: MAX_LEVELS }, (_, index) => index).find((candidate) => clear(span, candidate) && untouched(span, x, candidate));
    if (level === undefined) {
      level = 0;
      while (!clear(span, level)) level += 1;
    }
    spans[level] = [...(spans[level] ?? []), span];
    for (let below = 0; below < level; below += 1) leaders[below] = [...(leaders[below] ?? []), x];
    return { level, anchor };
  });
}

function drawSide(slide: StripSlide, side: Side, x: (year: number) => number): SVGElement[] {
  const items = slide.items.filter((item) => item.side === side).sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
  const placements = placeLabels(
    items.map((item) => ({ x: x(yearFraction(item.date)), width: (item.when.length * DATE_PX + (item.label.length + 1) * TEXT_PX) * CHAR_WIDTH })),
    0,
  );
  const sign = side === 'above' ? -1 : 1;
  return items.flatMap((item, index) => {
    const { level = 0, anchor = 'start' } = placements[index] ?? {};
    const at = x(yearFraction(item.date));
    // The label's baseline: above the axis, its descenders clear the level below; under it, its capitals.
    const baseline = AXIS_Y + sign * (FIRST_LEVEL + level * LEVEL) + (side === 'above' ? 0 : 26);
    const textX = anchor === 'start' ? at - 2 : at + 2;
    return [
      svg('line', { x1: at, x2: at, y1: AXIS_Y, y2: side === 'above' ? baseline + 10 : baseline - 30, class: 'strip-leader' }),
      svg('circle', { cx: at.toFixed(1), cy: AXIS_Y, r: 11, class: `strip-marker strip-marker--${side}`, 'data-date': item.date }),
      // One line: the date (a label) and what happened.
      svg(
        'text',
        { x: textX.toFixed(1), y: baseline, 'text-anchor': anchor, class: 'strip-label' },
        svg('tspan', { class: 'strip-when', ...LABEL }, item.when),
        svg('tspan', { class: 'strip-text' }, ` ${item.label}`),
      ),
    ];
  });
}

/** The axis with a tick for each month; each January a light line across the strip, its year at the top, just before it. */
function axis(slide: StripSlide, x: (year: number) => number): SVGElement[] {
  const from = yearFraction(slide.from);
  const to = yearFraction(slide.to);
  const drawn: SVGElement[] = [svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' })];
  for (let month = Math.ceil(from * 12); month <= to * 12; month += 1) {
    const year = month / 12;
    const january = month % 12 === 0;
    drawn.push(svg('line', { x1: x(year), x2: x(year), y1: AXIS_Y - (january ? 14 : 6), y2: AXIS_Y + (january ? 14 : 6), class: 'tick' }));
    if (january) {
      drawn.push(
        svg('line', { x1: x(year), x2: x(year), y1: 8, y2: HEIGHT, class: 'year-line' }),
        svg('text', { x: x(year) - 10, y: 30, 'text-anchor': 'end', class: 'tick-label', ...LABEL }, String(year)),
      );
    }
  }
  return drawn;
}

/** A dated mark across the strip: a dashed line, labelled at the top. */
function marks(slide: StripSlide, x: (year: number) => number): SVGElement[] {
  return slide.marks.flatMap((mark) => {
    const at = x(yearFraction(mark.date));
    const nearEnd = at > WIDTH - 300;
    return [
      svg('line', { x1: at, x2: at, y1: 40, y2: HEIGHT - 10, class: 'strip-mark', 'data-date': mark.date }),
      svg(
        'text',
        { x: (nearEnd ? at - 10 : at + 10).toFixed(1), y: 30, 'text-anchor': nearEnd ? 'end' : 'start', class: 'strip-mark-label', ...LABEL },
        mark.label,
      ),
    ];
  });
}

/**
 * A span of the record as one strip: one kind of event above the axis, the other below, each
 * item at its date with its label placed clear of the others; dated marks across the strip.
 */
export function renderStrip(slide: StripSlide, { months, phrases }: DeckLabels): SVGSVGElement {
  const date = (iso: IsoDate): string => formatDate(iso, months);
  const x = scale(yearFraction(slide.from), yearFraction(slide.to), AXIS_LEFT, AXIS_RIGHT);
  const describeSide = (side: Side): string =>
    `${slide.sides[side]}: ${slide.items
      .filter((item) => item.side === side)
      .map((item) => `${item.when}, ${item.label}`)
      .join('; ')}.`;
  const description = [describeSide('above'), describeSide('below'), ...slide.marks.map((mark) => `${date(mark.date)}: ${mark.label}.`)].join(' ');
  return accessibleSvg(
    `0 0 ${WIDTH} ${HEIGHT}`,
    `${phrases.both(slide.sides.above, slide.sides.below.toLowerCase())}, ${phrases.span(date(slide.from), date(slide.to))}`,
    description,
    ...axis(slide, x),
    ...marks(slide, x),
    svg('text', { x: 0, y: AXIS_Y - 16, class: 'strip-side strip-side--above', ...LABEL }, `↑ ${slide.sides.above}`),
    svg('text', { x: 0, y: AXIS_Y + 40, class: 'strip-side strip-side--below', ...LABEL }, `↓ ${slide.sides.below}`),
    ...drawSide(slide, 'above', x),
    ...drawSide(slide, 'below', x),
  );
}
