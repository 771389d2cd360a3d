// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredTextIsShown, rendered, slideOf, texts } from './helpers.ts';

describe('record layout', () => {
  const slide = slideOf('record');
  it('renders each group with its dated items and sources, then the caveat, and only one heading', () => {
    const root = rendered(slide);
    expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).toHaveLength(1);
    expect(texts(root, '.record-heading')).toEqual(slide.groups.map((group) => group.heading));
    expect(texts(root, '.record-when')).toEqual(slide.groups.flatMap((group) => group.items.map((item) => item.when)));
    expect(texts(root, '.record-source').every((name) => name.length > 0 && !name.includes('-20'))).toBe(true);
    expect(texts(root, '.record-caveat')).toEqual([slide.caveat]);
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
