import { describe, expect, it } from 'vitest';
import { scale, yearFraction } from '../../../src/visuals/timeline.ts';

describe('yearFraction', () => {
  it('places a year at its middle, a month at its middle, a day where it falls', () => {
    expect(yearFraction('2020')).toBe(2020.5);
    expect(yearFraction('2005-10')).toBeCloseTo(2005 + 9.5 / 12, 6);
    expect(yearFraction('2023-08-01')).toBeCloseTo(2023 + 7 / 12, 6);
  });
  it('names a date it cannot read', () => {
    expect(() => yearFraction('Aug 2023')).toThrow('timeline: "Aug 2023" is not a date like 2023, 2023-08 or 2023-08-02');
  });
});

describe('scale', () => {
  it('maps years to x linearly', () => {
    const x = scale(2005, 2025, 0, 2000);
    expect(x(2005)).toBe(0);
    expect(x(2015)).toBe(1000);
    expect(x(2025)).toBe(2000);
  });
});
