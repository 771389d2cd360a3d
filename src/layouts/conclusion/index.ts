import type { ConclusionSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { LABEL } from '../../dom/text-role.ts';

/** Numbered judgements beside the dated indicators to watch, each with what it would signal. */
export const conclusionLayout = {
  render: (slide) => [
    slideHeading(slide.title),
    html(
      'div',
      { class: 'conclusion-body' },
      html(
        'div',
        { class: 'takeaways' },
        html('p', { class: 'label', ...LABEL }, slide.headings[0]),
        html('ol', {}, ...slide.takeaways.map((item) => html('li', {}, ...prose(item)))),
      ),
      html(
        'div',
        { class: 'watch' },
        html('p', { class: 'label', ...LABEL }, slide.headings[1]),
        html(
          'ul',
          {},
          ...slide.watch.map((item) =>
            html(
              'li',
              {},
              html('span', { class: 'watch-indicator' }, ...prose(item.indicator)),
              html('span', { class: 'watch-signal' }, ...prose(item.signal)),
            ),
          ),
        ),
      ),
    ),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<ConclusionSlide>;
