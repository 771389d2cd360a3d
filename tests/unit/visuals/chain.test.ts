// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderChain } from '../../../src/visuals/chain.ts';

describe('renderChain', () => {
  it('is a named ordered list, each step labelled with what supports it, in the words it is given', () => {
    const chain = renderChain(
      [
        { text: 'One', support: 'article' },
        { text: 'Two', support: 'unsupported' },
      ],
      'The reasoning',
      { record: 'On record', article: 'Article says so', unsupported: 'Nowhere' },
    );
    expect(chain.tagName).toBe('OL');
    expect(chain.getAttribute('aria-label')).toBe('The reasoning');
    expect([...chain.querySelectorAll('li')].map((step) => [step.className, step.textContent])).toEqual([
      ['chain-step chain-step--article', 'Article says soOne'],
      ['chain-step chain-step--unsupported', 'NowhereTwo'],
    ]);
  });
});
