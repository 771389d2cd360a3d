import { STATUS_LABELS, type Evidence, type ScorecardSlide, type Slide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { statusBadge } from '../shared/evidence.ts';

/** The article's points, in deck order: every slide that carries evidence, with its id. */
export function pointsOf(deck: readonly Slide[]): { readonly id: string; readonly evidence: Evidence }[] {
  return deck.flatMap((slide) => (slide.layout === 'evidence' || slide.layout === 'map' ? [{ id: slide.id, evidence: slide.evidence }] : []));
}

/**
 * Claims against the record, one row per point of the article. Generated from the point
 * slides' evidence, so the grid and the slides cannot disagree. A native table.
 */
export const scorecardLayout = {
  render: (slide, { deck }) => [
    slideHeading(slide.title, slide.kicker),
    html(
      'table',
      { class: 'scorecard' },
      html(
        'thead',
        {},
        html('tr', {}, ...['Point', 'The article says', 'The record shows', 'Status'].map((label) => html('th', { scope: 'col' }, label))),
      ),
      html(
        'tbody',
        {},
        ...pointsOf(deck).map(({ id, evidence }) =>
          html(
            'tr',
            { class: `scorecard-row scorecard-row--${evidence.status}`, 'data-point': id },
            html('th', { scope: 'row' }, ...prose(evidence.point)),
            html('td', {}, ...prose(evidence.claim)),
            html('td', {}, ...prose(evidence.finding)),
            html('td', {}, statusBadge(evidence.status)),
          ),
        ),
      ),
    ),
  ],
  visibleText: (slide, { deck }) => [
    slide.kicker,
    slide.title,
    'Point',
    'The article says',
    'The record shows',
    'Status',
    ...pointsOf(deck).flatMap(({ evidence }) => [evidence.point, evidence.claim, evidence.finding, STATUS_LABELS[evidence.status]]),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 200,
} satisfies Layout<ScorecardSlide>;
