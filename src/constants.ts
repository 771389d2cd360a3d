/**
 * Facts shared by the deck, its pages, the tests and the export: defined once, here.
 * Plain data, no imports, so browser and Node code can both use it.
 */

/** The canvas every slide is designed for; reveal.js scales it to the screen. */
export const CANVAS = { width: 1920, height: 1080 } as const;

/** Set on `<html>` when a page is ready to be looked at (laid out, fonts loaded). */
export const READY_ATTRIBUTE = 'data-deck-ready';
/** The CSS selector that matches a ready page. */
export const READY_SELECTOR = `html[${READY_ATTRIBUTE}="true"]`;

/** The deck's metadata (its meta.ts), as JSON in the built folder: what the export and npm run present read. */
export const DECK_META_FILE = 'deck.json';

/**
 * Parts of a slide that other code finds again (the exports, the legibility check, the handout),
 * each as the element and class the renderers make it with, and the selector that finds it.
 */
export const PARTS = {
  /** A slide: reveal.js's <section>, with its layout's class beside this one. */
  slide: { tag: 'section', className: 'slide', selector: 'section.slide' },
  /** A slide's speaker notes, where reveal.js's speaker view and print view look for them. */
  notes: { tag: 'aside', className: 'notes', selector: 'aside.notes' },
  /** A visual drawn in SVG (native shapes in the PowerPoint, a figure in the PDFs). */
  visual: { tag: 'svg', className: 'visual', selector: 'svg.visual' },
  /** An argument drawn as a chain of steps (boxes and arrows in the PowerPoint). */
  chain: { tag: 'ol', className: 'chain', selector: 'ol.chain' },
  /** What belongs under a table (a legend of its marks): in the PowerPoint, a last row of the table, so it moves with the rows. */
  tableFoot: { attribute: 'data-table-foot', selector: '[data-table-foot]' },
} as const;

/** Every slide of the deck's page (in the print view, every slide laid out at the canvas size). */
export const SLIDE_SELECTOR = `.reveal .slides ${PARTS.slide.selector}`;

/** What the PowerPoint's measuring is given to find the slides and their parts (it runs in the page, without imports). */
export const MEASURED_SELECTORS = {
  slide: SLIDE_SELECTOR,
  notes: PARTS.notes.selector,
  visual: PARTS.visual.selector,
  chain: PARTS.chain.selector,
  tableFoot: PARTS.tableFoot.selector,
} as const;
export type MeasuredSelectors = { readonly [K in keyof typeof MEASURED_SELECTORS]: string };

/** Set on `<html>` once the speaker view plugin (S) is registered. */
export const SPEAKER_VIEW_READY_SELECTOR = 'html[data-speaker-view-ready="true"]';

/**
 * Set on `<html>` by the one-file export (<slug>.html): that file carries the deck alone, without
 * the handout page, so the deck offers no link to it.
 */
export const ONE_FILE_ATTRIBUTE = 'data-one-file';

/** The handout's paper sizes: `handout.html?paper=letter` prints on US Letter; A4 is the default. */
export const PAPER_SIZES = {
  a4: { label: 'A4', css: 'A4 portrait', widthMm: 210, heightMm: 297 },
  letter: { label: 'US Letter', css: 'letter portrait', widthMm: 215.9, heightMm: 279.4 },
} as const;
export type Paper = keyof typeof PAPER_SIZES;
export const DEFAULT_PAPER: Paper = 'a4';

/**
 * What a piece of slide text is, for the legibility rules (src/legibility/): set on an element,
 * it covers the element's text. Unmarked text is text the audience must read. A label (kicker,
 * date, axis, legend, source name) may be smaller; a reference (the source line at a slide's foot,
 * the sources list) is there to look up, not to read aloud: it is not counted in a slide's words.
 */
export const TEXT_ROLE_ATTRIBUTE = 'data-text';
export type TextRole = 'text' | 'label' | 'reference';

/** The deck's page offers legibility/measure.ts's measureSlides() on `window` under this name. */
export const MEASURE_FUNCTION = 'deckMeasureText';
