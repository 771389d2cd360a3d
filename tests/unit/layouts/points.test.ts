// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rendered, slideOf, texts } from './helpers.ts';

describe('points layout', () => {
  const slide = slideOf('points');
  it('renders kicker, heading, claim, a bulleted list and the footnote, and no <figure>', () => {
    const root = rendered(slide);
    expect(texts(root, '.kicker')).toEqual([slide.kicker]);
    expect(texts(root, 'h2')).toEqual([slide.title]);
    expect(texts(root, 'ul.points li')).toEqual([...slide.points]);
    expect(texts(root, '.footnote')).toEqual(slide.footnote ? [slide.footnote] : []);
    expect(root.querySelector('figure')).toBeNull();
  });
});
