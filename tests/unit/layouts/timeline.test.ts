// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredTextIsShown, rendered, slideOf, texts } from './helpers.ts';

describe('timeline layout', () => {
  const slide = slideOf('timeline');
  it('renders one labelled marker per event, the term, the lapse and the publication', () => {
    const root = rendered(slide);
    const labels = texts(root, 'text.event-label');
    for (const event of slide.events) expect(labels).toContain(`${event.when} · ${event.label}`);
    expect(texts(root, 'text.term-label')).toEqual([slide.term.label]);
    expect(texts(root, 'text.lapsed-label')).toEqual([slide.lapsed.label]);
    expect(root.querySelectorAll('circle.timeline-marker--published')).toHaveLength(2);
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
