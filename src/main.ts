import Reveal, { type RevealApi } from 'reveal.js';
import './theme/layers.css';
import './theme/reveal-core.css';
import './theme/slide-styles.ts';
import './theme/reveal-theme.css';
import './theme/print.css';
import { deck } from '@deck/index.ts';
import { sources } from '@deck/sources.ts';
import { deckMeta } from '@deck/meta.ts';
import { deckLabels } from '@deck/labels.ts';
import { renderSlide } from './render/slide.ts';
import { revealConfig } from './reveal-config.ts';
import { MEASURE_FUNCTION, ONE_FILE_ATTRIBUTE, PARTS, READY_ATTRIBUTE } from './constants.ts';
import { measureSlides } from './legibility/measure.ts';
import { FOLLOW_CONFIG } from './live/follow.ts';
import { pageMode, startLive } from './live/start.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance. */
    Reveal?: RevealApi;
  }
}

/**
 * Renders the slides into reveal.js's DOM and starts reveal.js. When the deck is ready to be
 * looked at (reveal.js initialised, fonts loaded, and in print view the print layout done),
 * `<html data-deck-ready>` is set: tests and the PDF export wait for it instead of sleeping.
 */
async function start(): Promise<void> {
  document.getElementById('needs-server')?.remove();
  const root = document.querySelector<HTMLElement>('.reveal');
  const slidesElement = root?.querySelector<HTMLElement>('.slides');
  if (!root || !slidesElement) throw new Error('index.html must contain <div class="reveal"><div class="slides">');

  const context = { deck: deck.map((entry) => entry.slide), sources, labels: deckLabels };
  slidesElement.replaceChildren(...deck.map((entry) => renderSlide(entry.slide, context)));

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // reveal.js's own test for its print view (its typings' isPrintingPDF() does not exist at run time).
  const mode = pageMode(window.location.search);
  const printView = mode === 'print';
  // reveal.js's own stylesheet prints a deck as flowing text unless <html> has this class; the
  // deck's print.css prints the slides instead, one page each (the class has no other effect here).
  if (!printView) document.documentElement.classList.add('print-pdf');
  const printLayoutDone = new Promise<void>((resolve) => root.addEventListener('pdf-ready', () => resolve(), { once: true }));
  // An audience's copy (?follow) moves only with the presenter's deck, and shows no notes.
  if (mode === 'follow') for (const notes of slidesElement.querySelectorAll(PARTS.notes.selector)) notes.remove();
  const presentation = new Reveal(root, { ...revealConfig(reducedMotion), ...(mode === 'follow' ? FOLLOW_CONFIG : {}) });
  // reveal.js's convention, which its plugins and tools such as DeckTape rely on.
  window.Reveal = presentation;
  await presentation.initialize();
  // R, listed in the help overlay (?): the reader with every slide and its notes, for phones.
  // Not in the one-file export, which has no reader page beside it.
  if (!document.documentElement.hasAttribute(ONE_FILE_ATTRIBUTE) && mode !== 'follow') {
    presentation.addKeyBinding({ keyCode: 82, key: 'R', description: 'Reader: every slide with its notes (for phones)' }, () => {
      window.location.href = './handout.html';
    });
  }
  await document.fonts.ready;
  if (printView) {
    await printLayoutDone;
    // reveal.js hides every slide but the current one from assistive technology; on paper all are
    // shown, so expose them all: the tagged PDF then carries every slide's text and heading.
    for (const hidden of slidesElement.querySelectorAll('[aria-hidden="true"]')) hidden.removeAttribute('aria-hidden');
  }
  // For the build's legibility check and the tests: what each slide shows, measured as drawn.
  Object.defineProperty(window, MEASURE_FUNCTION, { value: () => measureSlides(slidesElement) });
  performance.mark('deck-ready'); // read by the benchmark
  document.documentElement.setAttribute(READY_ATTRIBUTE, 'true');
  startLive(
    presentation,
    mode,
    deck.map(({ slide }) => ({ title: slide.title, seconds: slide.seconds })),
    `${deckMeta.slug}-rehearsal.csv`,
  );
  if (mode === 'present') {
    // The speaker view (S) loads after the first slide is up: it is a quarter of the script.
    const { default: Notes } = await import('reveal.js/plugin/notes');
    presentation.registerPlugin(Notes());
    document.documentElement.dataset.speakerViewReady = 'true';
  }
}

void start();
