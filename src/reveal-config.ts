import type { RevealConfig } from 'reveal.js';
import { CANVAS } from './constants.ts';

const SECONDS_PER_SLIDE_DEFAULT = 60;

/** reveal.js settings for this deck. `reducedMotion` turns every transition off. */
export function revealConfig(reducedMotion: boolean): RevealConfig {
  return {
    width: CANVAS.width,
    height: CANVAS.height,
    margin: 0,
    minScale: 0.1,
    maxScale: 4,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    // Keys pressed in a dialog over the deck (the rehearsal's report) are the dialog's.
    keyboardCondition: (event) => !(event.target instanceof Element && event.target.closest('dialog')),
    overview: true,
    touch: true,
    help: true,
    fragments: true,
    // Every slide has its own data-timing, but the speaker view shows pacing only when a default
    // is set. reveal.js 6.0.2's typings say `defaultTiming?: null`; at run time it takes seconds.
    defaultTiming: SECONDS_PER_SLIDE_DEFAULT as unknown as null,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    transition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    autoAnimate: !reducedMotion,
    // The deck is self-contained: no preview iframes of external links.
    previewLinks: false,
  };
}
