// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rendered, slideOf, texts } from './helpers.ts';

describe('conclusion layout', () => {
  const slide = slideOf('conclusion');
  it('renders its two headings, numbered judgements, then each indicator with what it would signal', () => {
    const root = rendered(slide);
    expect(texts(root, '.label')).toEqual([...slide.headings]);
    expect(texts(root, '.takeaways ol li')).toEqual([...slide.takeaways]);
    expect(texts(root, '.watch .watch-indicator')).toEqual(slide.watch.map((item) => item.indicator));
    expect(texts(root, '.watch .watch-signal')).toEqual(slide.watch.map((item) => item.signal));
  });
});
