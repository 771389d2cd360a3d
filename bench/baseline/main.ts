import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';

// The stock setup from reveal.js's documentation, plus the same ready mark the real deck sets.
const deck = new Reveal({ hash: true, plugins: [Notes] });
const printLayoutDone = new Promise<void>((resolve) => document.querySelector('.reveal')?.addEventListener('pdf-ready', () => resolve(), { once: true }));
await deck.initialize();
await document.fonts.ready;
if (/print-pdf/i.test(window.location.search)) await printLayoutDone;
performance.mark('deck-ready');
document.documentElement.dataset['deckReady'] = 'true';
