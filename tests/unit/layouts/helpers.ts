import type { Slide } from '../../../src/model.ts';
import { layoutOf, type LayoutContext } from '../../../src/layouts/index.ts';
import { fixtureLabels, fixtureSlides, fixtureSources } from '../fixtures/deck.ts';

/** The engine's tests render a small made-up deck (../fixtures/deck.ts), never the briefing's slides. */
export const slides: readonly Slide[] = fixtureSlides;
export const context: LayoutContext = { deck: slides, sources: fixtureSources, labels: fixtureLabels };

/** The fixture deck's first slide of a layout. */
export function slideOf<L extends Slide['layout']>(layout: L): Extract<Slide, { layout: L }> {
  const found = slides.find((slide): slide is Extract<Slide, { layout: L }> => slide.layout === layout);
  if (!found) throw new Error(`the fixture deck has no ${layout} slide`);
  return found;
}

/** A slide's content as its layout renders it, in a detached container. */
export function rendered(slide: Slide): HTMLElement {
  const container = document.createElement('div');
  container.append(...layoutOf(slide).render(slide, context));
  return container;
}

/** Text of every element matching a selector, whitespace folded. */
export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
