import type { RevealApi } from 'reveal.js';
import { linkDeck } from './deck-link.ts';
import { followDeck } from './follow.ts';
import { rehearsal, type SlideBudget } from './rehearsal-view.ts';
import { liveAddress } from './socket.ts';

/**
 * What a deck page is for, from its address: `?follow` an audience's copy; `?receiver` a preview
 * inside the speaker view; `?print-pdf` the print view; anything else the presenter's deck.
 */
export type PageMode = 'present' | 'follow' | 'preview' | 'print';

export function pageMode(search: string): PageMode {
  const params = new URLSearchParams(search);
  if (params.has('receiver')) return 'preview';
  if (/print-pdf/i.test(search)) return 'print';
  return params.has('follow') ? 'follow' : 'present';
}

/** The message a speaker view's preview sends to the deck that opened the speaker view: T was pressed there. */
const TOGGLE_REHEARSAL = 'deck-rehearsal-toggle';
const REHEARSE_KEY = { keyCode: 84, key: 'T', description: 'Rehearse: time each slide (T again shows the times)' };

/** The deck that opened this speaker view preview, if any. */
function presentersDeck(): Window | undefined {
  try {
    const opener: unknown = window.parent.opener;
    return opener && typeof opener === 'object' && 'postMessage' in opener ? (opener as Window) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The deck's live parts, by mode: the presenter's deck rehearses (T, also from the speaker view)
 * and, served by `npm run present`, is driven by remotes and followed by the audience; an
 * audience's copy follows.
 */
export function startLive(reveal: RevealApi, mode: PageMode, slides: readonly SlideBudget[], csvName: string): void {
  const address = liveAddress();
  if (mode === 'follow') {
    if (address) followDeck(reveal, address);
    return;
  }
  if (mode === 'preview') {
    // The speaker view passes its keys to this preview: T goes on to the presenter's deck.
    reveal.addKeyBinding(REHEARSE_KEY, () => presentersDeck()?.postMessage(TOGGLE_REHEARSAL, location.origin));
    return;
  }
  if (mode !== 'present') return;
  let link: { sendState(): void } | undefined;
  const rehearsing = rehearsal(reveal, slides, csvName, () => link?.sendState());
  reveal.addKeyBinding(REHEARSE_KEY, () => rehearsing.toggle());
  window.addEventListener('message', (event) => {
    if (event.origin === location.origin && event.data === TOGGLE_REHEARSAL) rehearsing.toggle();
  });
  if (address) link = linkDeck(reveal, address, { rehearsing: rehearsing.active, toggleRehearsal: () => rehearsing.toggle() });
}
