import type { ConclusionSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** Numbered takeaways beside the open questions to watch. */
export const conclusionLayout = {
  render: (slide) => [
    slideHeading(slide.title),
    html(
      'div',
      { class: 'conclusion-body' },
      html('div', { class: 'takeaways' }, html('p', { class: 'label' }, 'Takeaways'), html('ol', {}, ...slide.takeaways.map((item) => html('li', {}, ...prose(item))))),
      html('div', { class: 'watch' }, html('p', { class: 'label' }, 'What to watch'), html('ul', {}, ...slide.watch.map((item) => html('li', {}, ...prose(item))))),
    ),
  ],
  visibleText: (slide) => [slide.title, ...slide.takeaways, ...slide.watch],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 60,
} satisfies Layout<ConclusionSlide>;
