import type { RevealApi } from 'reveal.js';
import type { DeckState } from './protocol.ts';
import { connectLive } from './socket.ts';

/** Shows the slide and build step the presenter's deck shows, blacked out when it is. */
function show(reveal: RevealApi, state: DeckState): void {
  reveal.slide(state.slide, 0, state.step - 1);
  if (reveal.isPaused() !== state.paused) reveal.togglePause(state.paused);
}

/** An audience's copy: follows the presenter's deck, read-only. */
export function followDeck(reveal: RevealApi, address: string): void {
  connectLive(address, 'follow', undefined, {
    onMessage: (message) => {
      if (message.type === 'state') show(reveal, message.state);
    },
  });
}

/**
 * reveal.js settings that make a deck read-only: it moves only when the presenter's does. On a
 * narrow phone it stays one slide at a time (reveal.js would switch to its scroll view there,
 * which shows every slide and no build steps).
 */
export const FOLLOW_CONFIG = {
  controls: false,
  keyboard: false,
  touch: false,
  overview: false,
  help: false,
  hash: false,
  respondToHashChanges: false,
  scrollActivationWidth: 0,
} as const;
