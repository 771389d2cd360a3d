import { describe, expect, it } from 'vitest';
import { describePacing, formatClock, pacing } from '../../../src/live/time.ts';

describe('formatClock', () => {
  it('gives minutes and seconds, signed, hours as minutes', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(-20)).toBe('-0:20');
    expect(formatClock(4500)).toBe('75:00');
    expect(formatClock(-0.2)).toBe('0:00');
  });
});

describe('pacing', () => {
  const budgets = [60, 30, 90];
  it('is on time within the current slide’s window', () => {
    expect(pacing(budgets, 1, 70)).toEqual({ plannedStart: 60, plannedEnd: 90, behind: 0 });
  });
  it('is behind past the window’s end, ahead before its start', () => {
    expect(pacing(budgets, 1, 100).behind).toBe(10);
    expect(pacing(budgets, 2, 40).behind).toBe(-50);
  });
  it('says so in words', () => {
    expect(describePacing(0.3)).toBe('on time');
    expect(describePacing(40)).toBe('0:40 behind');
    expect(describePacing(-70)).toBe('1:10 ahead');
  });
});
