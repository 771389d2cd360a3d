import type { DeckLabels, HoldingsFigure, IsoDate } from '../model.ts';
import { formatDate } from '../dom/format.ts';
import { accessibleSvg, svg } from '../dom/html.ts';
import { scale, yearFraction } from './timeline.ts';
import { LABEL } from '../dom/text-role.ts';

/** The drawing's size, in canvas pixels (drawn 1:1 into the slide's frame). */
const WIDTH = 1664;
const NAME_WIDTH = 230;
const AXIS_RIGHT = WIDTH - 16;
const BAR = 34;
const BAR_GAP = 6;
/** Roughly how wide a label's character is, as a share of its type size: decides whether it fits in its bar. */
const CHAR_WIDTH = 0.56;
const LABEL_PX = 26;
const ROW_GAP = 28;

type Row = HoldingsFigure['rows'][number];
type Holding = Row['items'][number];

/** "GSOMIA · 2002", "CIS-MOA · 2005–2020". */
function holdingLabel(item: Holding): string {
  const years = item.to === undefined ? item.from.slice(0, 4) : `${item.from.slice(0, 4)}–${item.to.slice(0, 4)}`;
  return `${item.label} · ${years}`;
}

/** A holding's label: inside its bar if it fits, else just before the bar's start. */
function holdingText(item: Holding, from: number, to: number, y: number): SVGTextElement {
  const text = holdingLabel(item);
  const fits = text.length * CHAR_WIDTH * LABEL_PX + 28 < to - from;
  return svg(
    'text',
    {
      x: (fits ? from + 14 : from - 14).toFixed(1),
      y: y + BAR / 2 + 9,
      'text-anchor': fits ? 'start' : 'end',
      class: `holding-label holding-label--${fits ? item.state : 'outside'}`,
      ...LABEL,
    },
    text,
  );
}

/** A holder's row: its name, then one line per holding, each a bar from its start to its end (or on). */
function drawRow(row: Row, top: number, x: (year: number) => number, end: number): { elements: SVGElement[]; height: number } {
  const elements: SVGElement[] = [svg('text', { x: 0, y: top + BAR / 2 + 10, class: 'holder-name', ...LABEL }, row.holder)];
  row.items.forEach((item, line) => {
    const from = x(yearFraction(item.from));
    const to = x(item.to === undefined ? end : yearFraction(item.to));
    const y = top + line * (BAR + BAR_GAP);
    elements.push(
      svg('rect', { x: from.toFixed(1), y, width: (to - from).toFixed(1), height: BAR, class: `holding holding--${item.state}`, 'data-from': item.from }),
      holdingText(item, from, to, y),
    );
  });
  return { elements, height: row.items.length * (BAR + BAR_GAP) - BAR_GAP };
}

/**
 * What each party holds, and when: a row per holder, each holding a bar from its start to its
 * end (or on, to where the record stops), all to one scale; an unconfirmed one drawn dashed.
 */
export function renderHoldings(figure: HoldingsFigure, name: string, { months, phrases }: DeckLabels): SVGSVGElement {
  const date = (iso: IsoDate): string => formatDate(iso, months);
  const start = yearFraction(figure.from) - 0.5;
  const end = yearFraction(figure.to);
  const x = scale(start, end, NAME_WIDTH, AXIS_RIGHT);
  const elements: SVGElement[] = [];
  let top = 0;
  for (const row of figure.rows) {
    const drawn = drawRow(row, top, x, end);
    elements.push(...drawn.elements);
    top += drawn.height + ROW_GAP;
  }
  // No axis: each bar's label gives its years, and the bars are drawn to one scale.
  const height = top - ROW_GAP;
  const description = figure.rows
    .map(
      (row) =>
        `${row.holder}: ${row.items.map((item) => `${item.label}, ${phrases.holding[item.state === 'held' ? 'held' : 'reported']} ${item.to === undefined ? phrases.from(date(item.from)) : phrases.span(phrases.from(date(item.from)), date(item.to))}`).join('; ')}.`,
    )
    .join(' ');
  return accessibleSvg(`0 0 ${WIDTH} ${height}`, name, `${description} ${phrases.drawnTo(date(figure.to))}`, ...elements);
}
