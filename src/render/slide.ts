import type { Slide, Source } from '../model.ts';
import { html } from '../dom/html.ts';
import { CUE, noteParagraphs } from '../notes.ts';
import { layoutOf, type LayoutContext } from '../layouts/index.ts';
import { REFERENCE } from '../dom/text-role.ts';
import { PARTS } from '../constants.ts';

/** Speaker notes as paragraphs; a paragraph spoken at a build step starts with a bold click cue. */
export function renderNoteParagraphs(notes: string): HTMLElement[] {
  return noteParagraphs(notes).map((paragraph) =>
    paragraph.click ? html('p', { class: 'note-click' }, html('strong', { class: 'cue' }, CUE), ' ', paragraph.text) : html('p', {}, paragraph.text),
  );
}

/** Speaker notes where reveal.js's speaker view and print view look for them. */
function renderNotes(notes: string): HTMLElement {
  return html(PARTS.notes.tag, { class: PARTS.notes.className }, ...renderNoteParagraphs(notes));
}

/** "Source: The Hindu, 2023; …" from a slide's cited ids. */
function renderSourceLine(slide: Slide, { sources, labels }: LayoutContext): HTMLElement | null {
  if (slide.layout === 'sources' || slide.layout === 'title' || slide.cites.length === 0) return null;
  const cited = slide.cites
    .map((id) => sources.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined)
    .map((source) => `${source.shortName}, ${/^\d{4}/.test(source.date) ? source.date.slice(0, 4) : source.date}`);
  const label = cited.length === 1 ? labels.sourceLine.one : labels.sourceLine.many;
  return html('p', { class: 'source-line', ...REFERENCE }, `${label}: ${cited.join('; ')}`);
}

/** One reveal.js <section> for a slide, with its time budget and notes. */
export function renderSlide(slide: Slide, context: LayoutContext): HTMLElement {
  return html(
    PARTS.slide.tag,
    {
      id: slide.id,
      class: `${PARTS.slide.className} ${PARTS.slide.className}--${slide.layout}`,
      'data-timing': slide.seconds,
      'aria-label': slide.title,
    },
    html('div', { class: 'frame' }, ...layoutOf(slide).render(slide, context), renderSourceLine(slide, context)),
    renderNotes(slide.notes),
  );
}
