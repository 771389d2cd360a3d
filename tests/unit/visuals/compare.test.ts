// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderCompare } from '../../../src/visuals/compare.ts';

describe('renderCompare', () => {
  it('puts shared items on one row, marks the match, and says what one side does not mention', () => {
    const table = renderCompare(
      {
        heading: 'Article lists',
        items: [
          { key: 'a', text: 'Alpha' },
          { key: 'b', text: 'Beta' },
        ],
      },
      {
        heading: 'Press lists',
        items: [
          { key: 'b', text: 'Beta too' },
          { key: 'c', text: 'Gamma' },
        ],
      },
      'What each side lists',
      { missing: 'not listed', match: '=', linkColumn: 'Same' },
    );
    expect(table.querySelector('caption')?.textContent).toBe('What each side lists');
    expect(table.querySelector('thead .visually-hidden')?.textContent).toBe('Same');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Alpha', '', 'not listed'],
      ['Beta', '=', 'Beta too'],
      ['not listed', '', 'Gamma'],
    ]);
  });
});
