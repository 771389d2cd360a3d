import type { TimelineSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { renderTimeline } from '../../visuals/timeline.ts';
import type { Layout } from '../layout.ts';

/** Dated events on an axis, with the agreement's term drawn as a bar. */
export const timelineLayout = {
  render: (slide) => [slideHeading(slide.title, slide.kicker), renderTimeline(slide)],
  visibleText: (slide) => [slide.kicker, slide.title, slide.span.label, ...slide.events.flatMap((event) => [event.when, event.label, event.detail])],
  drawnIndexes: (slide) => [
    { field: 'span.from', index: slide.span.from, count: slide.events.length },
    { field: 'span.to', index: slide.span.to, count: slide.events.length },
  ],
} satisfies Layout<TimelineSlide>;
