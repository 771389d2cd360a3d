import type { PointsSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noDrawnIndexes, type Layout } from '../layout.ts';

/** One idea: a claim, two or three supporting points, and an optional short quote. */
export const pointsLayout = {
  render: (slide) => [
    slideHeading(slide.title, slide.kicker),
    html(
      'div',
      { class: 'points-body' },
      html('p', { class: 'claim' }, ...prose(slide.claim)),
      html('ul', { class: 'points' }, ...slide.points.map((point) => html('li', {}, ...prose(point)))),
      slide.quote
        ? html('figure', { class: 'quote' }, html('blockquote', {}, `“${slide.quote.text}”`), html('figcaption', {}, slide.quote.attribution))
        : null,
    ),
  ],
  visibleText: (slide) => [slide.kicker, slide.title, slide.claim, ...slide.points, ...(slide.quote ? [slide.quote.text, slide.quote.attribution] : [])],
  drawnIndexes: noDrawnIndexes,
} satisfies Layout<PointsSlide>;
