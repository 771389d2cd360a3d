import type { Slide, SourcesSlide } from '../../model.ts';
import { formatDate, hostOf } from '../../dom/format.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { REFERENCE } from '../../dom/text-role.ts';

/** Where a sources slide's numbering starts: after the sources of the sources slides before it. */
function firstNumber(slide: SourcesSlide, deck: readonly Slide[]): number {
  const before = deck.slice(0, deck.indexOf(slide));
  return 1 + before.reduce((count, other) => count + (other.layout === 'sources' ? other.sources.length : 0), 0);
}

/** Every source, with its full title, date and a working link; data credits below. A long list takes several slides, numbered on. */
export const sourcesLayout = {
  render: (slide, { deck, labels }) => [
    slideHeading(slide.title),
    html(
      'ol',
      { class: 'source-list', ...REFERENCE, start: firstNumber(slide, deck) },
      ...slide.sources.map((source) =>
        html(
          'li',
          { id: `source-${source.id}` },
          html('span', { class: 'source-outlet' }, `${source.outlet}, ${formatDate(source.date, labels.months)}. `),
          html('cite', {}, source.title),
          /[.?!]$/.test(source.title) ? ' ' : '. ',
          html('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank', title: source.url }, hostOf(source.url)),
        ),
      ),
    ),
    ...slide.credits.map((credit) => html('p', { class: 'credit', ...REFERENCE }, credit)),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<SourcesSlide>;
