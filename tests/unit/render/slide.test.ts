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
    expect(section.querySelector('.frame .source-line')?.textContent).toMatch(/^Sources: /);
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
