import type { DeckLabels, IsoDate, TimelineEvent, TimelineLane, TimelineSlide, TimelineSpan } from '../model.ts';
import { formatDate } from '../dom/format.ts';
import { accessibleSvg, svg } from '../dom/html.ts';
import { LABEL } from '../dom/text-role.ts';

/** The drawing's size, in canvas pixels (it is drawn 1:1 into the slide's frame). */
const WIDTH = 1664;
const HEIGHT = 640;
const AXIS_LEFT = 250;
const AXIS_RIGHT = WIDTH - 24;
const LANE_Y: Readonly<Record<TimelineLane | 'article', number>> = { subject: 110, comparison: 230, article: 330 };
const BAND_TOP = 20;
const AXIS_Y = 400;
const INSET_Y = 540;
const TICK_YEARS = 5;
const LINE_HEIGHT = 32;

/** A date as a fractional year: "2005-10" → 2005.71 (middle of the month); "2020" → 2020.5. */
export function yearFraction(date: IsoDate): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`timeline: "${date}" is not a date like 2023, 2023-08 or 2023-08-02`);
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) + 0.5;
  const partOfMonth = day === undefined ? 0.5 : (Number(day) - 1) / 30.5;
  return Number(year) + (Number(month) - 1 + partOfMonth) / 12;
}

/** A linear scale from a span of years to a span of x. */
export function scale(from: number, to: number, left: number, right: number): (year: number) => number {
  return (year) => left + ((year - from) / (to - from)) * (right - left);
}

/** "2023-07" to "2023-09-30" → "Jul–Sep 2023"; across years, "Nov 2023–Feb 2024". */
export function monthSpan(from: IsoDate, to: IsoDate, months: readonly string[]): string {
  const [fromMonth = '', fromYear = ''] = formatDate(from.slice(0, 7), months).split(' ');
  const [toMonth = '', toYear = ''] = formatDate(to.slice(0, 7), months).split(' ');
  return fromYear === toYear ? `${fromMonth}–${toMonth} ${toYear}` : `${fromMonth} ${fromYear}–${toMonth} ${toYear}`;
}

/** A label (the legibility rules let labels be smaller than body text). */
function label(x: number, y: number, text: string, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTextElement {
  return svg('text', { x: x.toFixed(1), y, class: className, 'text-anchor': anchor, ...LABEL }, text);
}

function marker(x: number, y: number, lane: TimelineLane | 'published', date: IsoDate, where: 'axis' | 'inset' = 'axis'): SVGCircleElement {
  return svg('circle', { cx: x.toFixed(1), cy: y, r: 12, class: `timeline-marker timeline-marker--${lane}`, 'data-date': date, 'data-where': where });
}

/** A band across the lanes for a span of the subject's agreement (the lapse, the unknown), labelled at its top. */
function band(x: (year: number) => number, span: TimelineSpan, kind: 'lapsed' | 'unknown'): SVGElement[] {
  const from = x(yearFraction(span.from));
  const to = x(yearFraction(span.to));
  return [
    svg('rect', {
      x: from.toFixed(1),
      y: BAND_TOP,
      width: (to - from).toFixed(1),
      height: AXIS_Y - BAND_TOP,
      class: `${kind}-band`,
      'data-from': span.from,
      'data-to': span.to,
    }),
    // A word a line (a narrow band); each line its own text, so every reader keeps the words apart.
    ...span.label.split(' ').map((word, line) => label((from + to) / 2, BAND_TOP + 34 + line * LINE_HEIGHT, word, `${kind}-label`, 'middle')),
  ];
}

/** Whether a date falls inside the inset's months. */
const inside = (year: number, from: number, to: number): boolean => year >= from && year <= to;

/** The axis's ticks (every year) and labels (every fifth year). */
function ticks(x: (year: number) => number, startYear: number, endYear: number): SVGElement[] {
  const drawn: SVGElement[] = [];
  for (let year = startYear; year <= endYear; year += 1) {
    const major = year % TICK_YEARS === 0;
    drawn.push(svg('line', { x1: x(year), x2: x(year), y1: AXIS_Y, y2: AXIS_Y + (major ? 18 : 9), class: 'tick' }));
    if (major) drawn.push(label(x(year), AXIS_Y + 50, String(year), 'tick-label', 'middle'));
  }
  return drawn;
}

/** Events on their lanes, labelled under their marker (those in the inset are labelled there). */
function laneMarks(x: (year: number) => number, events: readonly TimelineEvent[]): SVGElement[] {
  return events.flatMap((event) => {
    const at = x(yearFraction(event.date));
    return [
      marker(at, LANE_Y[event.lane], event.lane, event.date),
      label(at, LANE_Y[event.lane] + 56, `${event.when} · ${event.label}`, 'event-label', at > WIDTH * 0.6 ? 'end' : 'start'),
    ];
  });
}

/** The inset: the crowded months, enlarged, joined to their place on the main axis. */
function inset(slide: TimelineSlide, x: (year: number) => number, events: readonly TimelineEvent[], months: readonly string[]): SVGElement[] {
  const insetFrom = yearFraction(slide.inset.from) - 0.5 / 12;
  const insetTo = yearFraction(slide.inset.to);
  const insetX = scale(insetFrom, insetTo, AXIS_LEFT, AXIS_RIGHT);
  const left = x(insetFrom);
  const right = x(insetTo);
  return [
    svg('rect', { x: left, y: BAND_TOP, width: right - left, height: AXIS_Y - BAND_TOP, class: 'inset-window' }),
    svg('path', { d: `M${left},${AXIS_Y + 62} L${AXIS_LEFT},${INSET_Y - 30} M${right},${AXIS_Y + 62} L${AXIS_RIGHT},${INSET_Y - 30}`, class: 'inset-zoom' }),
    svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: INSET_Y, y2: INSET_Y, class: 'inset-axis' }),
    label(0, INSET_Y + 10, monthSpan(slide.inset.from, slide.inset.to, months), 'lane-name'),
    // Labels below the inset's axis, on two rows taken in turn, each starting at its marker.
    ...events.flatMap((event, index) => {
      const at = insetX(yearFraction(event.date));
      return [
        marker(at, INSET_Y, event.lane, event.date, 'inset'),
        label(at - 12, INSET_Y + (index % 2 === 0 ? 50 : 86), `${event.when} · ${event.label}`, 'event-label'),
      ];
    }),
  ];
}

/**
 * The timeline to scale: one lane for the subject's agreement (its term as a bar; the lapse
 * shaded; where its status is unknown, outlined up to the record's end), one for the comparison,
 * one for the article's publication; and the crowded months enlarged in an inset below the axis.
 * The axis runs from the first date shown to the record's end.
 */
export function renderTimeline(slide: TimelineSlide, { published: publishedWord, months, phrases }: DeckLabels): SVGSVGElement {
  const date = (iso: IsoDate): string => formatDate(iso, months);
  const dates = [...slide.events.map((event) => event.date), slide.term.from, slide.published.date];
  const startYear = Math.floor(Math.min(...dates.map(yearFraction)));
  const recordEnd = yearFraction(slide.unknown.to);
  const x = scale(startYear, recordEnd, AXIS_LEFT, AXIS_RIGHT);
  const insetFrom = yearFraction(slide.inset.from) - 0.5 / 12;
  const insetTo = yearFraction(slide.inset.to);
  const inInset = (event: TimelineEvent): boolean => inside(yearFraction(event.date), insetFrom, insetTo);

  const laneNames = { ...slide.lanes, article: slide.published.label };
  const lanes = (Object.keys(LANE_Y) as (TimelineLane | 'article')[]).map((lane) =>
    svg(
      'g',
      { class: 'timeline-lane' },
      svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: LANE_Y[lane], y2: LANE_Y[lane], class: 'lane-line' }),
      label(0, LANE_Y[lane] + 10, laneNames[lane], 'lane-name'),
    ),
  );

  const termFrom = x(yearFraction(slide.term.from));
  const termTo = x(yearFraction(slide.term.to));
  const term = [
    svg('rect', { x: termFrom, y: LANE_Y.subject - 22, width: termTo - termFrom, height: 44, class: 'term-bar' }),
    label((termFrom + termTo) / 2, LANE_Y.subject + 10, slide.term.label, 'term-label', 'middle'),
  ];

  const published = x(yearFraction(slide.published.date));
  const publication = [
    marker(published, LANE_Y.article, 'published', slide.published.date),
    label(published - 20, LANE_Y.article + 10, `${publishedWord} ${date(slide.published.date)}`, 'event-label event-label--published', 'end'),
  ];

  const description = [
    `${slide.lanes.subject}: ${slide.term.label}, ${phrases.span(describe(slide.events, slide.term.from), slide.term.to)}.`,
    `${slide.lapsed.label}, ${phrases.span(date(slide.lapsed.from), date(slide.lapsed.to))}.`,
    `${slide.unknown.label}, ${phrases.span(date(slide.unknown.from), date(slide.unknown.to))}, ${phrases.recordStops}.`,
    ...slide.events.map((event) => `${slide.lanes[event.lane]}: ${event.when}, ${event.label}.`),
    `${slide.published.label}: ${phrases.publishedOn(date(slide.published.date))}.`,
  ].join(' ');

  return accessibleSvg(
    `0 0 ${WIDTH} ${HEIGHT}`,
    phrases.timelineName(phrases.span(String(startYear), date(slide.unknown.to.slice(0, 7)))),
    description,
    ...lanes,
    ...band(x, slide.lapsed, 'lapsed'),
    ...band(x, slide.unknown, 'unknown'),
    ...term,
    svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' }),
    ...ticks(x, startYear, Math.floor(recordEnd)),
    ...inset(slide, x, slide.events.filter(inInset), months),
    ...laneMarks(
      x,
      slide.events.filter((event) => !inInset(event)),
    ),
    ...publication,
  );
}

function describe(events: readonly TimelineEvent[], date: IsoDate): string {
  return events.find((event) => event.date === date)?.when ?? date;
}
