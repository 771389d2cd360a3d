// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/layouts/index.ts';
import { context, rendered, slideOf, texts } from './helpers.ts';

describe('synthesis layout', () => {
  const slide = slideOf('synthesis');
  it('shows the links the article states at once, and builds each inferred link in one step: line, number and reason', () => {
    const root = rendered(slide);
    const inferred = slide.links.filter((link) => link.basis === 'inferred');
    expect(layoutOf(slide).buildSteps(slide)).toBe(inferred.length);
    for (const [index, link] of inferred.entries()) {
      const parts = root.querySelectorAll(`.fragment[data-fragment-index="${index}"]`);
      expect(parts).toHaveLength(3);
      expect([...parts].every((part) => part.classList.contains(`link--${link.basis}`) || part.classList.contains(`link-key-item--${link.basis}`))).toBe(true);
    }
    expect(root.querySelectorAll('.link--stated.fragment, .link-key-item--stated.fragment')).toHaveLength(0);
    expect(root.querySelectorAll('.link-line.link--stated')).toHaveLength(slide.links.length - inferred.length);
    expect(texts(root, '.link-key-text')).toEqual(slide.links.map((link) => link.label));
    expect(texts(root, '.legend-item')).toEqual([context.labels.synthesis.stated, context.labels.synthesis.inferred]);
  });
});
