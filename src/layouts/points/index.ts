import type { PointsSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { quoteBlock } from '../shared/evidence.ts';
import { LABEL } from '../../dom/text-role.ts';

/** One idea: a claim, two or three supporting points, and an optional short quote. */
export const pointsLayout = {
  render: (slide) =>
    [
      slideHeading(slide.title, slide.kicker),
      html(
        'div',
        { class: 'points-body' },
        html('p', { class: 'claim' }, ...prose(slide.claim)),
        html('ul', { class: 'points' }, ...slide.points.map((point) => html('li', {}, ...prose(point)))),
        slide.quote ? quoteBlock(slide.quote) : null,
      ),
      slide.footnote ? html('p', { class: 'footnote', ...LABEL }, slide.footnote) : null,
    ].filter((node): node is HTMLElement => node !== null),
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<PointsSlide>;
