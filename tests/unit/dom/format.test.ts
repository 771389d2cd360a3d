import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/dom/format.ts';

describe('formatDate', () => {
  it('writes an ISO date as day, short month and year', () => {
    expect(formatDate('2023-08-03')).toBe('3 Aug 2023');
    expect(formatDate('2018-09-07')).toBe('7 Sep 2018');
  });

  it('leaves a bare year as it is', () => {
    expect(formatDate('2018')).toBe('2018');
  });
});
