import type { DeckLabels, Evidence, EvidenceStatus, ScorecardSlide, Slide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { statusBadge } from '../shared/evidence.ts';
import { LABEL } from '../../dom/text-role.ts';
import { PARTS } from '../../constants.ts';

/** The article's points, in deck order: every slide that carries evidence, with its id. */
export function pointsOf(deck: readonly Slide[]): { readonly id: string; readonly evidence: Evidence }[] {
  return deck.flatMap((slide) => (slide.layout === 'evidence' ? [{ id: slide.id, evidence: slide.evidence }] : []));
}

/** Every status with its mark and word, so that the shapes are read before the rows. */
function legend(labels: DeckLabels): HTMLElement {
  return html(
    'ul',
    { class: 'status-legend', 'aria-label': labels.statusLegend, [PARTS.tableFoot.attribute]: '', ...LABEL },
    ...(Object.keys(labels.statuses) as EvidenceStatus[]).map((status) => html('li', {}, statusBadge(status, labels))),
  );
}

/**
 * The points against the record, one row per point of the article: the point, its status (mark
 * and word), what the record shows. Generated from the point slides' evidence, so the grid and
 * the slides cannot disagree. A native table, with a legend of the statuses.
 */
export const scorecardLayout = {
  render: (slide, { deck, labels }) => [
    slideHeading(slide.title, slide.kicker),
    html(
      'table',
      { class: 'scorecard' },
      html('thead', {}, html('tr', {}, ...slide.columns.map((label) => html('th', { scope: 'col', ...LABEL }, label)))),
      html(
        'tbody',
        {},
        ...pointsOf(deck).map(({ id, evidence }) =>
          html(
            'tr',
            { class: `scorecard-row scorecard-row--${evidence.status}`, 'data-point': id },
            html('th', { scope: 'row' }, ...prose(evidence.point)),
            html('td', {}, statusBadge(evidence.status, labels)),
            html('td', {}, ...prose(evidence.finding)),
          ),
        ),
      ),
    ),
    legend(labels),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<ScorecardSlide>;
