// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAP_CREDIT } from '../../../src/layouts/map/index.ts';
import { declaredTextIsShown, rendered, slideOf, texts } from './helpers.ts';

describe('map layout', () => {
  const slide = slideOf('map');
  it('renders the named map with its callouts and the border note, beside the evidence', () => {
    const root = rendered(slide);
    expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(texts(root, '.callout strong')).toEqual(slide.callouts.map((callout) => callout.country));
    expect(texts(root, '.map-credit')).toEqual([MAP_CREDIT]);
    expect(texts(root, '.map-evidence .evidence-claim')).toEqual([slide.evidence.claim]);
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
