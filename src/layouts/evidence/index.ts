import type { DeckLabels, EvidenceSlide, PointFigure } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { renderChain } from '../../visuals/chain.ts';
import { renderCompare } from '../../visuals/compare.ts';
import { renderHoldings } from '../../visuals/holdings.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { articleClaim, findingStrip, fullRecord, recordSide } from '../shared/evidence.ts';

function renderFigure(figure: PointFigure, name: string, labels: DeckLabels): HTMLElement | SVGSVGElement {
  if (figure.kind === 'compare') return renderCompare(figure.left, figure.right, name, labels.compare);
  if (figure.kind === 'chain') return renderChain(figure.steps, name, labels.chain);
  return renderHoldings(figure, name, labels);
}

/**
 * One of the article's points against the dated record, read top to bottom: the article's
 * claim, a figure if there is one, the record items chosen for the slide, the verdict. The
 * whole dated record is the handout's.
 */
export const evidenceLayout = {
  render: (slide, { sources, labels }) => {
    const { evidence, quote, figure } = slide;
    return [
      slideHeading(slide.title, slide.kicker),
      html(
        'div',
        { class: figure ? `evidence-body evidence-body--figure evidence-body--${figure.kind}` : 'evidence-body' },
        articleClaim(evidence, labels, quote),
        figure ? html('div', { class: 'evidence-figure' }, renderFigure(figure, `${evidence.point}: ${labels.figures[figure.kind]}`, labels)) : null,
        recordSide(evidence, sources, labels),
        findingStrip(evidence, labels),
      ),
    ];
  },
  handout: (slide, { sources, labels }) => [fullRecord(slide.evidence, sources, labels)],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<EvidenceSlide>;
