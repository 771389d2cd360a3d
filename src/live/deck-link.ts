import type { RevealApi } from 'reveal.js';
import { deckState, MOVES } from './deck-state.ts';
import type { Command } from './protocol.ts';
import { connectLive } from './socket.ts';

export interface DeckLinkOptions {
  readonly rehearsing: () => boolean;
  readonly toggleRehearsal: () => void;
}

export interface DeckLink {
  /** Sends where the deck is now (after a change the link cannot see, such as a rehearsal starting). */
  sendState(): void;
}

/**
 * Makes this deck the one the present server's remotes drive and its followers follow: sends its
 * state after every move, and obeys a remote's commands. The deck's own keys keep working, and
 * without the server it simply goes on.
 */
export function linkDeck(reveal: RevealApi, address: string, options: DeckLinkOptions): DeckLink {
  let clockStart = Date.now();
  const sendState = (): void => link.send({ type: 'state', state: deckState(reveal, Date.now() - clockStart, options.rehearsing()) });
  // Each command sends the new state once: reveal.js's events for a move or a pause, the
  // rehearsal's own change, or here for the timer.
  const obey = (command: Command): void => {
    if (command === 'next') reveal.next();
    else if (command === 'prev') reveal.prev();
    else if (command === 'pause') reveal.togglePause();
    else if (command === 'rehearse') options.toggleRehearsal();
    else {
      clockStart = Date.now();
      sendState();
    }
  };
  const link = connectLive(address, 'deck', undefined, {
    onMessage: (message) => {
      if (message.type === 'welcome') sendState();
      else if (message.type === 'command') obey(message.command);
    },
  });
  for (const event of MOVES) reveal.on(event, sendState);
  return { sendState };
}
