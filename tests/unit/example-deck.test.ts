import { describe, expect, it } from 'vitest';
import { deck } from '../../examples/minimal/index.ts';
import { deckLabels } from '../../examples/minimal/labels.ts';
import { deckMeta } from '../../examples/minimal/meta.ts';
import { deckLabels as briefingLabels } from '../../slides/labels.ts';
import { findProblems } from '../../src/validate.ts';

describe('the example deck (examples/minimal)', () => {
  it('passes every content rule, with no time slot of its own', () => {
    expect(deck.map((entry) => entry.file)).toEqual(['examples/minimal/01-title.ts', 'examples/minimal/02-how.ts', 'examples/minimal/03-sources.ts']);
    expect(deckMeta).not.toHaveProperty('timeSlot');
    expect(findProblems(deck)).toEqual([]);
  });

  it('has labels of its own, so what it shows is not the briefing’s', () => {
    expect(deckLabels.titleKicker).not.toBe(briefingLabels.titleKicker);
  });
});
