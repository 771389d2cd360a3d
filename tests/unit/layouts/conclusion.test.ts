// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredTextIsShown, rendered, slideOf, texts } from './helpers.ts';

describe('conclusion layout', () => {
  const slide = slideOf('conclusion');
  it('renders numbered takeaways, then the questions to watch', () => {
    const root = rendered(slide);
    expect(texts(root, '.takeaways ol li')).toEqual([...slide.takeaways]);
    expect(texts(root, '.watch ul li')).toEqual([...slide.watch]);
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
