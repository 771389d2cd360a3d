import type { DeckLabels, SynthesisSlide } from '../model.ts';
import { accessibleSvg, html, svg } from '../dom/html.ts';
import { prose } from '../dom/typography.ts';
import { LABEL } from '../dom/text-role.ts';

const WIDTH = 1040;
const HEIGHT = 660;
const BOX_WIDTH = 380;
const BOX_HEIGHT = 120;
const COLUMN_LABEL_Y = 34;
const BADGE_RADIUS = 24;
/** Room for the boxes' strokes inside the viewBox, so no edge is cut off. */
const INSET = 4;

type Link = SynthesisSlide['links'][number];

function rowCentre(index: number, rows: number): number {
  const top = 70;
  const gap = (HEIGHT - INSET - top - rows * BOX_HEIGHT) / Math.max(rows - 1, 1);
  return top + index * (BOX_HEIGHT + gap) + BOX_HEIGHT / 2;
}

function box(x: number, centreY: number, label: string, kind: 'insight' | 'implication', index: number): SVGGElement {
  return svg(
    'g',
    { class: `node node--${kind}`, 'data-index': index },
    svg('rect', { x, y: centreY - BOX_HEIGHT / 2, width: BOX_WIDTH, height: BOX_HEIGHT, rx: 14 }),
    svg('text', { x: x + BOX_WIDTH / 2, y: centreY + 12, 'text-anchor': 'middle' }, label),
  );
}

interface Curve {
  readonly start: { x: number; y: number };
  readonly end: { x: number; y: number };
}

/** A point on the link's curve (a cubic Bézier with level ends) at t in [0, 1]. */
export function pointOn(curve: Curve, t: number): { x: number; y: number } {
  const ease = 3 * t * t - 2 * t * t * t;
  return { x: curve.start.x + (curve.end.x - curve.start.x) * t, y: curve.start.y + (curve.end.y - curve.start.y) * ease };
}

/**
 * Where each link's number badge goes: the middle of its curve, or the nearest point along it
 * that keeps clear of the badges already placed (links that cross share their middle).
 */
export function badgePositions(curves: readonly Curve[]): { x: number; y: number }[] {
  const placed: { x: number; y: number }[] = [];
  for (const curve of curves) {
    const candidates = [0.5, 0.38, 0.62, 0.3, 0.7, 0.24, 0.76].map((t) => pointOn(curve, t));
    const clear = candidates.find((point) => placed.every((other) => Math.hypot(other.x - point.x, other.y - point.y) >= BADGE_RADIUS * 2.4));
    placed.push(clear ?? candidates[0] ?? curve.start);
  }
  return placed;
}

/** Each link's build step: the stated ones none (shown at once), the inferred ones 0, 1, … in order. */
export function buildStepOf(links: readonly Link[]): (number | undefined)[] {
  let next = 0;
  return links.map((link) => (link.basis === 'inferred' ? next++ : undefined));
}

/**
 * The argument as a diagram: insights on the left, implications on the right, each link an
 * arrow with a number; solid where the article states the link, dashed where it is this
 * briefing's reading. Beside it, a legend and a numbered key with each link's reason. The
 * inferred links and their key lines are reveal.js fragments (one click each); print shows them all.
 */
export function renderSynthesis(slide: SynthesisSlide, { synthesis: labels, phrases }: DeckLabels): HTMLElement {
  const leftX = INSET;
  const rightX = WIDTH - BOX_WIDTH - INSET;
  const insight = (index: number): string => slide.insights[index] ?? '?';
  const implication = (index: number): string => slide.implications[index] ?? '?';
  const description = slide.links
    .map((link, order) => `${order + 1}. ${phrases.link(insight(link.from), implication(link.to))} (${labels[link.basis].toLowerCase()}): ${link.label}.`)
    .join(' ');

  const arrowHead = svg(
    'defs',
    {},
    svg(
      'marker',
      {
        id: `${slide.id}-arrow`,
        viewBox: '0 0 12 12',
        refX: 11,
        refY: 6,
        markerWidth: 14,
        markerHeight: 14,
        orient: 'auto-start-reverse',
        markerUnits: 'userSpaceOnUse',
      },
      svg('path', { d: 'M0,0 L12,6 L0,12 z', class: 'arrow-head' }),
    ),
  );

  const curves = slide.links.map((link) => ({
    start: { x: leftX + BOX_WIDTH, y: rowCentre(link.from, slide.insights.length) },
    end: { x: rightX - 6, y: rowCentre(link.to, slide.implications.length) },
  }));
  const badges = badgePositions(curves);
  // Lines first, then every badge above every line: a line never crosses a number. The links the
  // article states are there from the start; each of the briefing's own readings is a build step,
  // its line, badge and key line fragments with the same index, so one click shows all three.
  const steps = buildStepOf(slide.links);
  const fragment = (link: Link, order: number, part: string): Record<string, string | number | undefined> => ({
    class: `link link--${link.basis} ${part}${steps[order] === undefined ? '' : ' fragment'}`,
    'data-fragment-index': steps[order],
    'data-from': link.from,
    'data-to': link.to,
  });
  const lines = slide.links.map((link, order) => {
    const { start, end } = curves[order] ?? { start: { x: 0, y: 0 }, end: { x: 0, y: 0 } };
    const bend = (end.x - start.x) / 2;
    return svg('path', {
      ...fragment(link, order, 'link-line'),
      d: `M${start.x},${start.y} C${start.x + bend},${start.y} ${end.x - bend},${end.y} ${end.x},${end.y}`,
      'marker-end': `url(#${slide.id}-arrow)`,
    });
  });
  const numbers = slide.links.map((link, order) => {
    const badge = badges[order] ?? { x: 0, y: 0 };
    return svg(
      'g',
      fragment(link, order, 'link-marker'),
      svg('circle', { class: 'link-badge', cx: badge.x.toFixed(1), cy: badge.y.toFixed(1), r: BADGE_RADIUS }),
      svg('text', { ...LABEL, class: 'link-number', x: badge.x.toFixed(1), y: (badge.y + 10).toFixed(1), 'text-anchor': 'middle' }, String(order + 1)),
    );
  });

  const diagram = accessibleSvg(
    `0 0 ${WIDTH} ${HEIGHT}`,
    labels.name,
    description,
    arrowHead,
    svg('text', { x: leftX + BOX_WIDTH / 2, y: COLUMN_LABEL_Y, class: 'column-label', 'text-anchor': 'middle', ...LABEL }, labels.insights),
    svg('text', { x: rightX + BOX_WIDTH / 2, y: COLUMN_LABEL_Y, class: 'column-label', 'text-anchor': 'middle', ...LABEL }, labels.implications),
    ...lines,
    ...slide.insights.map((label, index) => box(leftX, rowCentre(index, slide.insights.length), label, 'insight', index)),
    ...slide.implications.map((label, index) => box(rightX, rowCentre(index, slide.implications.length), label, 'implication', index)),
    ...numbers,
  );

  const legend = html(
    'ul',
    { class: 'link-legend', ...LABEL },
    ...(['stated', 'inferred'] as const).map((basis) =>
      html('li', { class: `legend-item legend-item--${basis}` }, html('span', { class: 'legend-swatch', 'aria-hidden': 'true' }), labels[basis]),
    ),
  );
  const key = html(
    'ol',
    { class: 'link-key' },
    ...slide.links.map((link, order) =>
      html(
        'li',
        { class: `link-key-item link-key-item--${link.basis}${steps[order] === undefined ? '' : ' fragment'}`, 'data-fragment-index': steps[order] },
        html('span', { class: 'link-key-number', 'aria-hidden': 'true', ...LABEL }, String(order + 1)),
        html('span', { class: 'link-key-text' }, ...prose(link.label)),
      ),
    ),
  );
  return html('div', { class: 'synthesis' }, diagram, html('div', { class: 'synthesis-key' }, legend, key));
}
