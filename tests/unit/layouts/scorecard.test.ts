// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pointsOf } from '../../../src/layouts/scorecard/index.ts';
import { context, rendered, slideOf, slides, texts } from './helpers.ts';

describe('scorecard layout', () => {
  const slide = slideOf('scorecard');
  it('renders one table row per point, generated from the point slides: point, status, finding', () => {
    const points = pointsOf(slides);
    expect(points.map((point) => point.id)).toEqual(slides.filter((s) => s.layout === 'evidence').map((s) => s.id));
    const root = rendered(slide);
    expect(texts(root, 'thead th')).toEqual([...slide.columns]);
    expect(texts(root, 'tbody th[scope="row"]')).toEqual(points.map((point) => point.evidence.point));
    expect(texts(root, 'tbody td:nth-of-type(1) .status-label')).toEqual(points.map((point) => context.labels.statuses[point.evidence.status]));
    expect(texts(root, 'tbody td:nth-of-type(2)')).toEqual(points.map((point) => point.evidence.finding));
  });
  it('has a legend with every status, each a mark and its word', () => {
    const root = rendered(slide);
    expect(texts(root, '.status-legend .status-label')).toEqual(Object.values(context.labels.statuses));
    expect(root.querySelectorAll('.status-legend .status-mark')).toHaveLength(Object.keys(context.labels.statuses).length);
  });
});
