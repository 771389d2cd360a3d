import type { TimelineSlide } from '../model.ts';
import { html } from '../dom/html.ts';
import { prose } from '../dom/typography.ts';

/**
 * The timeline as a graphic: evenly spaced dated markers on an axis, a bar for the span
 * between two events (the 15-year term), and the latest events called out.
 * Built from an ordered list so it reads in order for screen readers too.
 */
export function renderTimeline(slide: TimelineSlide): HTMLElement {
  const count = slide.events.length;
  const latestYear = Math.max(...slide.events.map((event) => event.year));
  const list = html(
    'ol',
    { class: 'timeline-events' },
    ...slide.events.map((event) =>
      html(
        'li',
        { class: event.year === latestYear ? 'timeline-event timeline-event--recent' : 'timeline-event' },
        html('span', { class: 'timeline-marker', 'aria-hidden': 'true' }),
        html('time', { class: 'timeline-when' }, event.when),
        html('span', { class: 'timeline-label' }, ...prose(event.label)),
        html('span', { class: 'timeline-detail' }, ...prose(event.detail)),
      ),
    ),
  );
  const span = html('div', { class: 'timeline-span' }, html('span', {}, slide.span.label));
  // Bar from the centre of one column to the centre of another, through the CSSOM (CSP-safe).
  span.style.left = `${((slide.span.from + 0.5) / count) * 100}%`;
  span.style.width = `${((slide.span.to - slide.span.from) / count) * 100}%`;

  const figure = html(
    'figure',
    {
      class: 'timeline',
      role: 'group',
      'aria-label': `Timeline: ${slide.events.map((event) => `${event.when}, ${event.label}`).join('; ')}.`,
    },
    span,
    html('div', { class: 'timeline-axis', 'aria-hidden': 'true' }),
    list,
  );
  figure.style.setProperty('--events', String(count));
  return figure;
}
