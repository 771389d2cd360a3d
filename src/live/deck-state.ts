import type { RevealApi } from 'reveal.js';
import type { DeckState } from './protocol.ts';

/** The build steps of a slide: its distinct fragment indices (fragments sharing one appear together). */
function stepsOf(slide: Element | undefined): number {
  if (!slide) return 0;
  return new Set([...slide.querySelectorAll('.fragment')].map((fragment) => fragment.getAttribute('data-fragment-index'))).size;
}

/** Where reveal.js is, as the protocol says it. */
export function deckState(reveal: RevealApi, elapsed: number, rehearsing: boolean): DeckState {
  const { h, f } = reveal.getIndices();
  const steps = stepsOf(reveal.getCurrentSlide());
  const step = typeof f === 'number' && f >= 0 ? Math.min(f + 1, steps) : 0;
  return { slide: h, step, steps, paused: reveal.isPaused(), elapsed: Math.max(0, Math.round(elapsed)), rehearsing };
}

/** reveal.js's events after which the deck is somewhere else. */
export const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'] as const;
