import type { IsoDate, TimelineEvent, TimelineLane, TimelineSlide } from '../model.ts';
import { formatDate } from '../dom/format.ts';
import { accessibleSvg, svg } from '../dom/html.ts';

/** The drawing's size, in canvas pixels (it is drawn 1:1 into the slide's frame). */
const WIDTH = 1664;
const HEIGHT = 660;
const AXIS_LEFT = 250;
const AXIS_RIGHT = WIDTH - 24;
const LANE_Y: Readonly<Record<TimelineLane, number>> = { pakistan: 100, india: 226, since: 318 };
const LANE_NAMES: Readonly<Record<TimelineLane, string>> = { pakistan: 'Pakistan–US', india: 'India–US', since: 'Since the article' };
const AXIS_Y = 420;
const INSET_Y = 556;
const TICK_YEARS = 5;

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

function label(x: number, y: number, text: string, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTextElement {
  return svg('text', { x: x.toFixed(1), y, class: className, 'text-anchor': anchor }, text);
}

function marker(x: number, y: number, lane: TimelineLane | 'published', date: IsoDate, where: 'axis' | 'inset' = 'axis'): SVGCircleElement {
  return svg('circle', { cx: x.toFixed(1), cy: y, r: 12, class: `timeline-marker timeline-marker--${lane}`, 'data-date': date, 'data-where': where });
}

/** Whether a date falls inside the inset's months. */
const inside = (year: number, from: number, to: number): boolean => year >= from && year <= to;

/**
 * The timeline to scale: one lane for Pakistan's agreement (its term as a bar, the lapse as a
 * shaded band), one for India's, one for what came after the article; the article's publication
 * across the lanes; and the crowded months of 2023 enlarged in an inset below the axis.
 */
export function renderTimeline(slide: TimelineSlide): SVGSVGElement {
  const startYear = Math.floor(Math.min(...slide.events.map((event) => yearFraction(event.date)), yearFraction(slide.term.from)));
  const endYear = Math.ceil(Math.max(...slide.events.map((event) => yearFraction(event.date)), yearFraction(slide.published)));
  const x = scale(startYear, endYear, AXIS_LEFT, AXIS_RIGHT);
  const insetFrom = yearFraction(slide.inset.from) - 0.5 / 12;
  const insetTo = yearFraction(slide.inset.to);
  const insetX = scale(insetFrom, insetTo, AXIS_LEFT, AXIS_RIGHT);

  const lanes = (Object.keys(LANE_Y) as TimelineLane[]).map((lane) =>
    svg('g', { class: 'timeline-lane' }, svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: LANE_Y[lane], y2: LANE_Y[lane], class: 'lane-line' }), label(0, LANE_Y[lane] + 10, LANE_NAMES[lane], 'lane-name')),
  );

  const ticks: SVGElement[] = [];
  for (let year = startYear; year <= endYear; year += 1) {
    const major = year % TICK_YEARS === 0;
    ticks.push(svg('line', { x1: x(year), x2: x(year), y1: AXIS_Y, y2: AXIS_Y + (major ? 18 : 9), class: 'tick' }));
    if (major) ticks.push(label(x(year), AXIS_Y + 50, String(year), 'tick-label', 'middle'));
  }

  const termFrom = x(yearFraction(slide.term.from));
  const termTo = x(yearFraction(slide.term.to));
  const lapsedFrom = x(yearFraction(slide.lapsed.from));
  const lapsedTo = x(yearFraction(slide.lapsed.to));
  const laneY = LANE_Y.pakistan;
  const spans = [
    svg('rect', { x: termFrom, y: laneY - 22, width: termTo - termFrom, height: 44, class: 'term-bar' }),
    label((termFrom + termTo) / 2, laneY + 10, slide.term.label, 'term-label', 'middle'),
    svg('rect', { x: lapsedFrom, y: 20, width: lapsedTo - lapsedFrom, height: AXIS_Y - 20, class: 'lapsed-band' }),
    label((lapsedFrom + lapsedTo) / 2, 48, slide.lapsed.label, 'lapsed-label', 'middle'),
  ];

  const published = yearFraction(slide.published);
  const publication = [
    svg('line', { x1: x(published), x2: x(published), y1: 64, y2: AXIS_Y, class: 'published-line' }),
  ];

  // Events outside the inset are labelled on their lane; those inside it, in the inset.
  const outer = slide.events.filter((event) => !inside(yearFraction(event.date), insetFrom, insetTo));
  const inner = slide.events.filter((event) => inside(yearFraction(event.date), insetFrom, insetTo));
  const sinceEvents = outer.filter((event) => event.lane === 'since');
  const laneEvents = outer.filter((event) => event.lane !== 'since');

  const laneMarks = laneEvents.flatMap((event) => {
    const at = x(yearFraction(event.date));
    const below = event.lane === 'pakistan';
    return [marker(at, LANE_Y[event.lane], event.lane, event.date), label(at, LANE_Y[event.lane] + (below ? 56 : -26), `${event.when} · ${event.label}`, 'event-label', at > WIDTH * 0.6 ? 'end' : 'start')];
  });
  // Later events sit close together: their labels stack to the left, each with a leader to its marker.
  const sinceMarks = sinceEvents.flatMap((event, index) => {
    const at = x(yearFraction(event.date));
    const textY = LANE_Y.since - 4 + index * 34;
    const textRight = x(endYear - 3);
    return [
      svg('polyline', { points: `${textRight + 8},${textY - 9} ${at},${textY - 9} ${at},${LANE_Y.since}`, class: 'leader' }),
      marker(at, LANE_Y.since, 'since', event.date),
      label(textRight, textY, `${event.when} · ${event.label}`, 'event-label', 'end'),
    ];
  });

  // The inset: the crowded months, enlarged, joined to their place on the main axis.
  const insetLeft = x(insetFrom);
  const insetRight = x(insetTo);
  const inset = [
    svg('rect', { x: insetLeft, y: 64, width: insetRight - insetLeft, height: AXIS_Y - 64, class: 'inset-window' }),
    svg('path', { d: `M${insetLeft},${AXIS_Y + 62} L${AXIS_LEFT},${INSET_Y - 30} M${insetRight},${AXIS_Y + 62} L${AXIS_RIGHT},${INSET_Y - 30}`, class: 'inset-zoom' }),
    svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: INSET_Y, y2: INSET_Y, class: 'inset-axis' }),
    label(0, INSET_Y + 10, 'Jul–Sep 2023', 'lane-name'),
    // Labels below the inset's axis, on two rows taken in turn, each starting at its marker.
    ...inner.flatMap((event, index) => {
      const at = insetX(yearFraction(event.date));
      return [marker(at, INSET_Y, event.lane, event.date, 'inset'), label(at - 12, INSET_Y + (index % 2 === 0 ? 50 : 86), `${event.when} · ${event.label}`, 'event-label')];
    }),
    marker(insetX(published), INSET_Y, 'published', slide.published, 'inset'),
    label(insetX(published) + 12, INSET_Y + 50, `${formatDate(slide.published)} · Article published`, 'event-label event-label--published', 'end'),
  ];

  const description = [
    `${slide.term.label}: ${describe(slide.events, slide.term.from)} to ${slide.term.to}.`,
    `${slide.lapsed.label}.`,
    ...slide.events.map((event) => `${LANE_NAMES[event.lane]}: ${event.when}, ${event.label}.`),
    `The article was published on ${formatDate(slide.published)}.`,
  ].join(' ');

  return accessibleSvg(
    `${slide.id}-timeline`,
    `0 0 ${WIDTH} ${HEIGHT}`,
    'Timeline to scale, 2005 to 2025',
    description,
    ...lanes,
    ...spans,
    svg('line', { x1: AXIS_LEFT, x2: AXIS_RIGHT, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' }),
    ...ticks,
    ...inset,
    ...publication,
    ...laneMarks,
    ...sinceMarks,
    marker(x(published), LANE_Y.pakistan, 'published', slide.published),
  );
}

function describe(events: readonly TimelineEvent[], date: IsoDate): string {
  return events.find((event) => event.date === date)?.when ?? date;
}
