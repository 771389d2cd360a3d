// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/dom/format.ts';
import { context, rendered, slideOf, texts } from './helpers.ts';

describe('timeline layout', () => {
  const slide = slideOf('timeline');
  it('renders one labelled marker per event, the term, the lapse, the unknown span and the publication on its own lane', () => {
    const root = rendered(slide);
    const labels = texts(root, 'text.event-label');
    for (const event of slide.events) expect(labels).toContain(`${event.when} · ${event.label}`);
    expect(texts(root, 'text.term-label')).toEqual([slide.term.label]);
    expect(texts(root, 'text.lapsed-label')).toEqual([slide.lapsed.label.split(' ').join('')]);
    expect(root.querySelector('rect.unknown-band')?.getAttribute('data-to')).toBe(slide.unknown.to);
    expect(texts(root, 'text.lane-name')).toContain(slide.published.label);
    expect(labels).toContain(`${context.labels.published} ${formatDate(slide.published.date, context.labels.months)}`);
    expect(root.querySelectorAll('circle.timeline-marker--published')).toHaveLength(1);
  });
});
