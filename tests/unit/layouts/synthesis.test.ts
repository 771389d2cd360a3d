// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/layouts/index.ts';
import { declaredTextIsShown, rendered, slideOf, texts } from './helpers.ts';

describe('synthesis layout', () => {
  const slide = slideOf('synthesis');
  it('builds one step per link: its line and its number and its reason share a fragment index', () => {
    const root = rendered(slide);
    expect(layoutOf(slide).buildSteps(slide)).toBe(slide.links.length);
    for (const [index, link] of slide.links.entries()) {
      const parts = root.querySelectorAll(`.fragment[data-fragment-index="${index}"]`);
      expect(parts).toHaveLength(3);
      expect([...parts].every((part) => part.classList.contains(`link--${link.basis}`) || part.classList.contains(`link-key-item--${link.basis}`))).toBe(true);
    }
    expect(texts(root, '.link-key-text')).toEqual(slide.links.map((link) => link.label));
    expect(texts(root, '.legend-item')).toEqual(['The article states this link', 'This briefing’s reading']);
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
