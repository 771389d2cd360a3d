import './theme/layers.css';
import './theme/slide-styles.ts';
import './theme/handout.css';
import { deck } from '@deck/index.ts';
import { sources } from '@deck/sources.ts';
import { deckLabels } from '@deck/labels.ts';
import { html } from './dom/html.ts';
import { renderNoteParagraphs, renderSlide } from './render/slide.ts';
import { layoutOf } from './layouts/index.ts';
import { CANVAS, DEFAULT_PAPER, PAPER_SIZES, PARTS, READY_ATTRIBUTE, type Paper } from './constants.ts';

/*
 * The printable handout: every slide, drawn by the same renderer as the deck and scaled to the
 * full width of a portrait page, with its speaker notes below in body-size type, then whatever
 * detail its layout keeps for the reader (a point's whole dated record). Long notes flow
 * on to the next page. `?paper=letter` prints on US Letter instead of A4. Sets
 * `<html data-deck-ready>` when fonts are loaded, like the deck.
 */

/** The paper asked for in the address, or the default. */
function paperFromAddress(): Paper {
  const asked = new URLSearchParams(window.location.search).get('paper');
  return asked !== null && asked in PAPER_SIZES ? (asked as Paper) : DEFAULT_PAPER;
}

/** The handout's side margins on paper, in mm (handout.css's @page margin says the same). */
const PAPER_SIDE_MARGIN_MM = 12;
const PX_PER_MM = 96 / 25.4;

/**
 * Sets the printed page size (an @page rule: CSS cannot take it from a variable), and the scale
 * that fits a slide to the printed page's width: on paper the width is known before it is laid out.
 */
function usePaper(paper: Paper): void {
  const rule = html('style', {}, `@page { size: ${PAPER_SIZES[paper].css}; }`);
  document.head.append(rule);
  document.documentElement.dataset.paper = paper;
  const printedWidth = (PAPER_SIZES[paper].widthMm - 2 * PAPER_SIDE_MARGIN_MM) * PX_PER_MM;
  document.documentElement.style.setProperty('--print-slide-scale', String(printedWidth / CANVAS.width));
}

/** 77 → "1 min 17 s", in the deck's words. */
function formatDuration(seconds: number): string {
  return deckLabels.phrases.duration(Math.floor(seconds / 60), seconds % 60);
}

/**
 * Scales a 1920×1080 slide to its frame's width (through the CSSOM, so the Content-Security-Policy
 * allows it). With `zoom`, not a transform: a transformed slide still takes 1920 px of layout, and
 * Chromium then shrinks the whole printed page to fit it.
 */
function fitSlide(frame: HTMLElement): void {
  const section = frame.querySelector<HTMLElement>(PARTS.slide.selector);
  if (section) section.style.zoom = String(frame.getBoundingClientRect().width / CANVAS.width);
}

/** A contents list for reading on a screen: each slide's title, linked to its place in the page. */
function contents(titles: readonly { id: string; title: string }[]): HTMLElement {
  return html(
    'nav',
    { class: 'handout-contents', 'aria-label': deckLabels.phrases.contents },
    html('p', { class: 'handout-contents-title' }, deckLabels.phrases.contents),
    html('ol', {}, ...titles.map(({ id, title }) => html('li', {}, html('a', { href: `#handout-${id}` }, title)))),
  );
}

async function start(): Promise<void> {
  document.getElementById('needs-server')?.remove();
  const main = document.querySelector<HTMLElement>('main.handout');
  if (!main) throw new Error('handout.html must contain <main class="handout">');

  usePaper(paperFromAddress());
  const context = { deck: deck.map((entry) => entry.slide), sources, labels: deckLabels };
  const entries = deck.map(({ slide }, index) => {
    const section = renderSlide(slide, context);
    section.querySelector(PARTS.notes.selector)?.remove();
    const frame = html('div', { class: 'handout-slide-frame' }, section);
    return html(
      'article',
      { class: 'handout-entry', id: `handout-${slide.id}` },
      html(
        'p',
        { class: 'handout-meta' },
        `${deckLabels.phrases.slideOf(index + 1, deck.length)} · ${slide.title} · ${formatDuration(slide.seconds)}`,
        // On a screen, a slide too small to read opens full size in the presentation (or pinch to zoom).
        html('a', { class: 'handout-open', href: `./#/${slide.id}` }, deckLabels.phrases.openFullSize),
      ),
      frame,
      html('div', { class: 'handout-notes' }, ...renderNoteParagraphs(slide.notes)),
      // The reader's copy: what the slide leaves out (a point's whole dated record), under its notes.
      ...(layoutOf(slide).handout?.(slide, context) ?? []),
    );
  });
  main.replaceChildren(contents(deck.map(({ slide }) => ({ id: slide.id, title: slide.title }))), ...entries);
  // The page's name, in the deck's words: "<title> — handout with speaker notes".
  const name = deckLabels.phrases.handout;
  document.title = `${document.title} — ${name}`;
  main.setAttribute('aria-label', `${main.getAttribute('aria-label') ?? ''}: ${name}`);

  await document.fonts.ready;
  const frames = [...main.querySelectorAll<HTMLElement>('.handout-slide-frame')];
  frames.forEach(fitSlide);
  // On a screen the page can change width (a phone turned, a window resized): refit the slides.
  new ResizeObserver(() => frames.forEach(fitSlide)).observe(main);
  document.documentElement.setAttribute(READY_ATTRIBUTE, 'true');
}

void start();
