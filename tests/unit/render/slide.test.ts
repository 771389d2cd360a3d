// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderNoteParagraphs, renderSlide } from '../../../src/render/slide.ts';
import { context, slideOf } from '../layouts/helpers.ts';

describe('renderSlide', () => {
  it('makes a reveal.js section with its id, timing, name, frame, source line and notes', () => {
    const slide = slideOf('evidence');
    const section = renderSlide(slide, context);
    expect(section.id).toBe(slide.id);
    expect(section.dataset.timing).toBe(String(slide.seconds));
    expect(section.getAttribute('aria-label')).toBe(slide.title);
    expect(section.querySelector('.frame .source-line')?.textContent).toBe(`${context.labels.sourceLine.many}: Gazette, 2021; Council, 2024`);
    expect(section.querySelector('aside.notes')?.children.length).toBeGreaterThan(0);
  });

  it('gives the title slide no source line', () => {
    expect(renderSlide(slideOf('title'), context).querySelector('.source-line')).toBeNull();
  });
});

describe('renderNoteParagraphs', () => {
  it('shows each click cue in bold at the start of its paragraph', () => {
    const [plain, clicked] = renderNoteParagraphs('Say this.\n\n[click] Then this.');
    expect(plain?.outerHTML).toBe('<p>Say this.</p>');
    expect(clicked?.outerHTML).toBe('<p class="note-click"><strong class="cue">[click]</strong> Then this.</p>');
  });
});

describe('the labels around the content', () => {
  /** Every string of the deck's labels (and every phrase its functions make), marked: what the engine prints must come from here. */
  const marked = (value: unknown): unknown =>
    typeof value === 'string'
      ? `«${value}»`
      : typeof value === 'function'
        ? (...args: unknown[]) => `«${String(value(...args))}»`
        : Array.isArray(value)
          ? value.map(marked)
          : typeof value === 'object' && value
            ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, marked(inner)]))
            : value;
  const labels = marked(context.labels) as typeof context.labels;
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];

  it('come from the deck’s labels (its labels.ts), none from the engine', () => {
    const shown = context.deck
      .map((slide) => renderSlide(slide, { ...context, labels }))
      .map((section) => {
        section.querySelector('aside.notes')?.remove();
        return `${section.textContent} ${[...section.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')).join(' ')}`;
      });
    const all = shown.join(' ');
    // Labels no slide's own text has: each appears as given (marked), never as the engine's own.
    for (const word of ['Fixture', 'The essay says', 'Essay says', 'Half borne out', 'Our link']) {
      expect(all, word).toContain(`«${word}»`);
      expect(all.replaceAll(`«${word}»`, ''), word).not.toContain(word);
    }
    expect(all).toContain('«From»: ');
    // The figures' descriptions are the deck's phrases, and its dates its month names.
    expect(all).toMatch(/«Scaled timeline, «\d{4} until «\w+\.» \d{4}»»/);
    expect(all).toContain('«end of the minutes»');
    expect(all).toMatch(/\d{1,2} «\w+\.» \d{4}/);
    expect(strings(labels).filter((word) => all.includes(word)).length).toBeGreaterThan(15);
  });
});
