import { describe, expect, it } from 'vitest';
import { CANVAS } from '../../../src/constants.ts';
import { inches, points, pptxColor, PX_PER_INCH, SLIDE_INCHES } from '../../../src/export/pptx/geometry.ts';

describe('canvas pixels to PowerPoint units', () => {
  it('maps the 1920×1080 canvas onto the 13.333×7.5 in slide', () => {
    expect(PX_PER_INCH).toBe(144);
    expect(inches(CANVAS.width)).toBeCloseTo(SLIDE_INCHES.width, 3);
    expect(inches(CANVAS.height)).toBe(SLIDE_INCHES.height);
    expect(inches(128)).toBe(0.8889);
    expect(inches(0)).toBe(0);
  });

  it('makes a pixel half a point (a 48 px heading is 24 pt)', () => {
    expect(points(48)).toBe(24);
    expect(points(30)).toBe(15);
    expect(points(1)).toBe(0.5);
  });
});

describe('pptxColor', () => {
  it('reads computed colours as hex and transparency', () => {
    expect(pptxColor('rgb(23, 33, 43)')).toEqual({ hex: '17212B', transparency: 0 });
    expect(pptxColor('rgba(255, 0, 128, 0.25)')).toEqual({ hex: 'FF0080', transparency: 75 });
    expect(pptxColor('#0b5cad')).toEqual({ hex: '0B5CAD', transparency: 0 });
  });

  it('gives null for what draws nothing', () => {
    expect(pptxColor('rgba(0, 0, 0, 0)')).toBeNull();
    expect(pptxColor('transparent')).toBeNull();
    expect(pptxColor('currentcolor')).toBeNull();
  });
});
