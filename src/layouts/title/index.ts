import type { TitleSlide } from '../../model.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { LABEL } from '../../dom/text-role.ts';

/** The opening slide: the deck's only h1, a subtitle, and who made it from what. */
export const titleLayout = {
  render: (slide, { labels }) => [
    html('p', { class: 'kicker', ...LABEL }, labels.titleKicker),
    html('h1', {}, ...prose(slide.title)),
    html('p', { class: 'subtitle' }, slide.subtitle),
    html('ul', { class: 'scope', 'aria-label': labels.scopeName }, ...slide.scope.map((line) => html('li', {}, line))),
    html('footer', { class: 'title-footer', ...LABEL }, html('p', { class: 'byline' }, slide.byline), html('p', { class: 'credit' }, slide.credit)),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<TitleSlide>;
