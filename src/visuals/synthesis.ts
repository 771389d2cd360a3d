import type { SynthesisSlide } from '../model.ts';
import { accessibleSvg, svg } from '../dom/html.ts';

const WIDTH = 1680;
const HEIGHT = 660;
const BOX_WIDTH = 520;
const BOX_HEIGHT = 132;
const COLUMN_LABEL_Y = 36;
/** Room for the boxes' strokes inside the viewBox, so no edge is cut off. */
const INSET = 4;

function rowCentre(index: number, rows: number): number {
  const top = 80;
  const gap = (HEIGHT - INSET - top - rows * BOX_HEIGHT) / Math.max(rows - 1, 1);
  return top + index * (BOX_HEIGHT + gap) + BOX_HEIGHT / 2;
}

function box(x: number, centreY: number, label: string, kind: 'insight' | 'implication', index: number): SVGGElement {
  return svg(
    'g',
    { class: `node node--${kind}`, 'data-index': index },
    svg('rect', { x, y: centreY - BOX_HEIGHT / 2, width: BOX_WIDTH, height: BOX_HEIGHT, rx: 14 }),
    svg('text', { x: x + 32, y: centreY + 12 }, label),
  );
}

/**
 * The argument as a diagram: insights on the left, implications on the right, and each link
 * the article draws between them as an arrow. Links are reveal.js fragments, so a presenter
 * builds the diagram up one link at a time; print and PDF show it complete.
 */
export function renderSynthesis(slide: SynthesisSlide): SVGSVGElement {
  const leftX = INSET;
  const rightX = WIDTH - BOX_WIDTH - INSET;
  const description = slide.links
    .map((link) => `${slide.insights[link.from] ?? '?'} leads to ${slide.implications[link.to] ?? '?'}: ${link.why}`)
    .join(' ');

  const arrowHead = svg(
    'defs',
    {},
    svg(
      'marker',
      { id: `${slide.id}-arrow`, viewBox: '0 0 12 12', refX: 11, refY: 6, markerWidth: 12, markerHeight: 12, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' },
      svg('path', { d: 'M0,0 L12,6 L0,12 z', class: 'arrow-head' }),
    ),
  );

  const links = slide.links.map((link, order) => {
    const startX = leftX + BOX_WIDTH;
    const endX = rightX - 6;
    const startY = rowCentre(link.from, slide.insights.length);
    const endY = rowCentre(link.to, slide.implications.length);
    const bend = (endX - startX) / 2;
    return svg(
      'path',
      {
        class: 'link fragment',
        'data-fragment-index': order,
        'data-from': link.from,
        'data-to': link.to,
        d: `M${startX},${startY} C${startX + bend},${startY} ${endX - bend},${endY} ${endX},${endY}`,
        'marker-end': `url(#${slide.id}-arrow)`,
      },
      svg('title', {}, link.why),
    );
  });

  return accessibleSvg(
    `${slide.id}-diagram`,
    `0 0 ${WIDTH} ${HEIGHT}`,
    'How the three insights lead to the three implications',
    description,
    arrowHead,
    svg('text', { x: leftX, y: COLUMN_LABEL_Y, class: 'column-label' }, 'Insights'),
    svg('text', { x: rightX, y: COLUMN_LABEL_Y, class: 'column-label' }, 'Implications'),
    ...links,
    ...slide.insights.map((label, index) => box(leftX, rowCentre(index, slide.insights.length), label, 'insight', index)),
    ...slide.implications.map((label, index) => box(rightX, rowCentre(index, slide.implications.length), label, 'implication', index)),
  );
}
