// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rendered, slideOf } from './helpers.ts';

describe('sources layout', () => {
  const slide = slideOf('sources');
  it('lists every source with a working link and an anchor per source', () => {
    const root = rendered(slide);
    const items = [...root.querySelectorAll('ol.source-list > li')];
    expect(items.map((item) => item.id)).toEqual(slide.sources.map((source) => `source-${source.id}`));
    expect([...root.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(slide.sources.map((source) => source.url));
    expect([...root.querySelectorAll('a')].every((link) => link.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
  });
});
