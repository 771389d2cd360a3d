import { describe, expect, it } from 'vitest';
import type { MeasuredSlide } from '../../../src/export/pptx/measured.ts';
import { notNative } from '../../../src/export/pptx/report.ts';

const slide = (overrides: Partial<MeasuredSlide>): MeasuredSlide => ({
  id: 'plain',
  title: 'A title',
  background: 'rgb(255, 255, 255)',
  items: [],
  notes: [],
  unknown: [],
  ...overrides,
});
const box = { x: 0, y: 0, w: 10, h: 10 };

describe('notNative', () => {
  it('says nothing for a slide that is all native', () => {
    expect(notNative([slide({})])).toEqual([]);
  });

  it('names the slide and the element the export does not know, and how to fix it', () => {
    expect(notNative([slide({}), slide({ id: 'video-slide', unknown: ['video.clip'] })])).toEqual([
      'slide 2 "video-slide": <video.clip> is not known to the PowerPoint export; it is a picture (its text in the alt text), not editable. Teach src/export/pptx/page/ about it.',
    ]);
  });

  it('reports SVG visuals as pictures, and a slide without a title', () => {
    const picture = { kind: 'picture', box, pageBox: box, svg: '<svg/>', alt: 'A map' } as const;
    expect(notNative([slide({ id: 'map', items: [picture] }), slide({ id: 'untitled', title: '' })])).toEqual([
      'slide 1 "map": its visual is an SVG picture (PNG fallback, alt text), not editable shapes.',
      'slide 2 "untitled": has no h1 or h2 heading, so its title placeholder is empty; give the slide a title.',
    ]);
  });
});
