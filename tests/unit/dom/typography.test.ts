// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { prose } from '../../../src/dom/typography.ts';

const asMarkup = (parts: ReturnType<typeof prose>): string => parts.map((part) => (typeof part === 'string' ? part : part.outerHTML)).join('');

describe('prose', () => {
  it('keeps hyphenated words and month–year dates whole', () => {
    expect(asMarkup(prose('US–Pakistan ties since Aug 2023'))).toBe('<span class="nowrap">US–Pakistan</span> ties since <span class="nowrap">Aug 2023</span>');
  });

  it('leaves plain text as one string', () => {
    expect(prose('no dates here')).toEqual(['no dates here']);
  });
});
