import type { TitleSlide } from '../../model.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** The opening slide: the deck's only h1, a subtitle, and who made it from what. */
export const titleLayout = {
  render: (slide) => [
    html('p', { class: 'kicker' }, 'Briefing'),
    html('h1', {}, ...prose(slide.title)),
    html('p', { class: 'subtitle' }, slide.subtitle),
    html('ul', { class: 'scope', 'aria-label': 'Scope of this briefing' }, ...slide.scope.map((line) => html('li', {}, line))),
    html('footer', { class: 'title-footer' }, html('p', { class: 'byline' }, slide.byline), html('p', { class: 'credit' }, slide.credit)),
  ],
  visibleText: (slide) => [slide.title, slide.subtitle, ...slide.scope, slide.byline, slide.credit],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 60,
} satisfies Layout<TitleSlide>;
