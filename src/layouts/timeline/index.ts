import type { TimelineSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { renderTimeline } from '../../visuals/timeline.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** The record's dates on a proportional axis: lanes, the term and the lapse, an inset for 2023. */
export const timelineLayout = {
  render: (slide, { labels }) => [slideHeading(slide.title, slide.kicker), renderTimeline(slide, labels)],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<TimelineSlide>;
