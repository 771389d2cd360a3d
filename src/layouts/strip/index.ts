import type { StripSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { renderStrip } from '../../visuals/strip.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** A span of the record as one dated strip: two kinds of event either side of the axis. */
export const stripLayout = {
  render: (slide, { labels }) => [slideHeading(slide.title, slide.kicker), renderStrip(slide, labels)],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<StripSlide>;
