import { describe, expect, it } from 'vitest';
import { badgePositions, pointOn } from '../../../src/visuals/synthesis.ts';

const curve = (y0: number, y1: number) => ({ start: { x: 0, y: y0 }, end: { x: 100, y: y1 } });

describe('pointOn', () => {
  it('runs from start to end, level at both ends, through the middle at t = 0.5', () => {
    expect(pointOn(curve(0, 100), 0)).toEqual({ x: 0, y: 0 });
    expect(pointOn(curve(0, 100), 1)).toEqual({ x: 100, y: 100 });
    expect(pointOn(curve(0, 100), 0.5)).toEqual({ x: 50, y: 50 });
  });
});

describe('badgePositions', () => {
  it('moves a badge along its curve when two crossing links share a middle', () => {
    const [first, second] = badgePositions([curve(0, 200), curve(200, 0)]);
    expect(first).toEqual({ x: 50, y: 100 });
    expect(Math.hypot((second?.x ?? 0) - 50, (second?.y ?? 0) - 100)).toBeGreaterThan(50);
  });
});
