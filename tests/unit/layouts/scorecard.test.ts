// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../../src/model.ts';
import { pointsOf } from '../../../src/layouts/scorecard/index.ts';
import { declaredTextIsShown, rendered, slideOf, slides, texts } from './helpers.ts';

describe('scorecard layout', () => {
  const slide = slideOf('scorecard');
  it('renders one table row per point, generated from the point slides', () => {
    const points = pointsOf(slides);
    expect(points.map((point) => point.id)).toEqual(slides.filter((s) => s.layout === 'evidence' || s.layout === 'map').map((s) => s.id));
    const root = rendered(slide);
    expect(texts(root, 'thead th')).toEqual(['Point', 'The article says', 'The record shows', 'Status']);
    expect(texts(root, 'tbody th[scope="row"]')).toEqual(points.map((point) => point.evidence.point));
    expect(texts(root, 'tbody td:nth-of-type(3) .status-label')).toEqual(points.map((point) => STATUS_LABELS[point.evidence.status]));
  });
  it('shows every string it counts', () => expect(declaredTextIsShown(slide)).toEqual([]));
});
