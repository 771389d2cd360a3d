/**
 * Walking the deck from first slide to last with → , the way a presenter does, in any browser
 * driver (Playwright in Chromium, puppeteer-core in Firefox): the driver supplies how to read the
 * page's state and how to press → and wait for the deck to move.
 */
export interface DeckState {
  readonly id: string;
  /** Build steps of the current slide not yet shown. */
  readonly hiddenFragments: number;
  readonly last: boolean;
  /** reveal.js's indices (slide and fragment), as text, to see when they change. */
  readonly indices: string;
}

/** Runs in the page (self-contained: drivers send its source). */
export function readDeckState(): DeckState {
  const reveal = window.Reveal;
  if (reveal === undefined) throw new Error('window.Reveal is not set');
  return {
    id: reveal.getCurrentSlide().id,
    hiddenFragments: reveal.getCurrentSlide().querySelectorAll('.fragment:not(.visible)').length,
    last: reveal.isLastSlide(),
    indices: JSON.stringify(reveal.getIndices()),
  };
}

/** Runs in the page: whether the deck has moved on from `before` (DeckState.indices). */
export function deckMoved(before: string): boolean {
  return JSON.stringify(window.Reveal?.getIndices()) !== before;
}

export interface Walk {
  /** Slide ids in the order the walk reached them. */
  readonly visited: string[];
  /** Slides left while some of their build steps were still hidden (should be none). */
  readonly leftEarly: string[];
  /** Presses of →. */
  readonly steps: number;
}

const MAX_STEPS = 500;

export async function walkDeck(state: () => Promise<DeckState>, next: (before: DeckState) => Promise<void>): Promise<Walk> {
  const visited: string[] = [];
  const leftEarly: string[] = [];
  let steps = 0;
  let current = await state();
  visited.push(current.id);
  while (!(current.last && current.hiddenFragments === 0)) {
    if (steps++ > MAX_STEPS) throw new Error(`the deck did not reach its end in ${MAX_STEPS} presses of →`);
    await next(current);
    const after = await state();
    if (after.id !== current.id) {
      if (current.hiddenFragments > 0) leftEarly.push(current.id);
      visited.push(after.id);
    }
    current = after;
  }
  return { visited, leftEarly, steps };
}
