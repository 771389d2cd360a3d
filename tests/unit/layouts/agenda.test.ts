// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rendered, slideOf, texts } from './helpers.ts';

describe('agenda layout', () => {
  const slide = slideOf('agenda');
  it('renders a heading and an ordered list of the parts', () => {
    const root = rendered(slide);
    expect(texts(root, 'h2')).toEqual([slide.title]);
    expect(texts(root, 'ol.agenda .agenda-label')).toEqual(slide.items.map((item) => item.label));
  });
});
