import type { DeckMeta } from '../../src/model.ts';

/** The example deck's document facts. It has no time slot: its slides' budgets may add up to anything. */
export const deckMeta = {
  title: 'A three-slide example deck',
  author: 'Deck engine maintainers',
  subject: 'An example deck that shows the engine builds, presents and exports content other than the briefing',
  keywords: ['example', 'reveal.js'],
  slug: 'example-deck',
  language: 'en-GB',
} as const satisfies DeckMeta;
