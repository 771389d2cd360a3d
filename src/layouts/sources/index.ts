import type { SourcesSlide } from '../../model.ts';
import { formatDate, hostOf } from '../../dom/format.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** Every source, with its full title, date and a working link; data credits below. */
export const sourcesLayout = {
  render: (slide) => [
    slideHeading(slide.title),
    html(
      'ol',
      { class: 'source-list' },
      ...slide.sources.map((source) =>
        html(
          'li',
          { id: `source-${source.id}` },
          html('span', { class: 'source-outlet' }, `${source.outlet}, ${formatDate(source.date)}. `),
          html('cite', {}, source.title),
          /[.?!]$/.test(source.title) ? ' ' : '. ',
          html('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank', title: source.url }, hostOf(source.url)),
        ),
      ),
    ),
    ...slide.credits.map((credit) => html('p', { class: 'credit' }, credit)),
  ],
  visibleText: (slide) => [slide.title, ...slide.sources.flatMap((source) => [source.outlet, source.title, formatDate(source.date), hostOf(source.url)]), ...slide.credits],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  /** A reference list: read, not presented; no limit. */
  maxVisibleWords: Number.POSITIVE_INFINITY,
} satisfies Layout<SourcesSlide>;
