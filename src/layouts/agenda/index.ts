import type { AgendaSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';

/** The route through the talk: numbered parts, each with a line of detail. */
export const agendaLayout = {
  render: (slide) => [
    slideHeading(slide.title),
    html(
      'ol',
      { class: 'agenda' },
      ...slide.items.map((item) => html('li', {}, html('span', { class: 'agenda-label' }, item.label), html('span', { class: 'agenda-detail' }, item.detail))),
    ),
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
} satisfies Layout<AgendaSlide>;
