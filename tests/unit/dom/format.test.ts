import { describe, expect, it } from 'vitest';
import { formatDate, hostOf } from '../../../src/dom/format.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('formatDate', () => {
  it('writes an ISO date as day, short month and year', () => {
    expect(formatDate('2023-08-03', MONTHS)).toBe('3 Aug 2023');
    expect(formatDate('2018-09-07', MONTHS)).toBe('7 Sep 2018');
  });

  it('writes a month as short month and year', () => {
    expect(formatDate('2025-03', MONTHS)).toBe('Mar 2025');
  });

  it('leaves a bare year as it is', () => {
    expect(formatDate('2018', MONTHS)).toBe('2018');
  });
});

describe('hostOf', () => {
  it('gives a link’s host without www', () => {
    expect(hostOf('https://www.thehindu.com/news/x')).toBe('thehindu.com');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
