import type { EvidenceSlide, PointFigure } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { chainLabels, renderChain } from '../../visuals/chain.ts';
import { renderCompare } from '../../visuals/compare.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { articleClaim, evidenceLabels, evidenceText, findingStrip, recordSides } from '../shared/evidence.ts';

function renderFigure(figure: PointFigure, name: string): HTMLElement {
  return figure.kind === 'compare' ? renderCompare(figure.left, figure.right, name) : renderChain(figure.steps, name);
}

function figureText(figure: PointFigure): string[] {
  if (figure.kind === 'compare') {
    return [figure.left.heading, figure.right.heading, ...figure.left.items.map((item) => item.text), ...figure.right.items.map((item) => item.text)];
  }
  return [...figure.steps.map((step) => step.text), ...chainLabels(figure.steps)];
}

/**
 * One of the article's points against the dated record, read top to bottom: the article's
 * claim, the record (2023, and since then), the verdict. A figure, when there is one, sits
 * between the claim and the record.
 */
export const evidenceLayout = {
  render: (slide, { sources }) => {
    const { evidence, quote, figure } = slide;
    const figureName = figure && `${evidence.point}: ${figure.kind === 'compare' ? 'what each side lists' : 'the article’s chain of reasoning'}`;
    return [
      slideHeading(slide.title, slide.kicker),
      html(
        'div',
        { class: figure ? 'evidence-body evidence-body--figure' : 'evidence-body' },
        articleClaim(evidence, quote),
        figure && figureName ? html('div', { class: 'evidence-figure' }, renderFigure(figure, figureName)) : null,
        recordSides(evidence, sources),
        findingStrip(evidence),
      ),
    ];
  },
  visibleText: (slide) => [slide.kicker, slide.title, ...evidenceText(slide.evidence, slide.quote), ...evidenceLabels(slide.evidence), ...(slide.figure ? figureText(slide.figure) : [])],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 100,
} satisfies Layout<EvidenceSlide>;
