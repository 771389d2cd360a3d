// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rendered, slideOf, texts } from './helpers.ts';

describe('title layout', () => {
  const slide = slideOf('title');
  it('renders the only h1, the subtitle, the scope lines and the credits, in order', () => {
    const root = rendered(slide);
    expect(texts(root, 'h1')).toEqual([slide.title]);
    expect(texts(root, '.scope li')).toEqual([...slide.scope]);
    expect(texts(root, 'p, li').indexOf(slide.subtitle)).toBeLessThan(texts(root, 'p, li').indexOf(slide.byline));
  });
});
