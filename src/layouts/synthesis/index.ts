import type { SynthesisSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { renderSynthesis } from '../../visuals/synthesis.ts';
import type { Layout } from '../layout.ts';

/** How the insights lead to the implications: a diagram built link by link, with a legend and a numbered key. */
export const synthesisLayout = {
  render: (slide, { labels }) => [slideHeading(slide.title), renderSynthesis(slide, labels)],
  drawnIndexes: (slide) =>
    slide.links.flatMap((link, i) => [
      { field: `links[${i}].from`, index: link.from, count: slide.insights.length },
      { field: `links[${i}].to`, index: link.to, count: slide.implications.length },
    ]),
  buildSteps: (slide) => slide.links.filter((link) => link.basis === 'inferred').length,
} satisfies Layout<SynthesisSlide>;
