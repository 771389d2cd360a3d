import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { SlideEntry } from '../../src/model.ts';

type Slides = SlideEntry['slide'][];

/** Each deck folder's slides, loaded once per process: every spec file asks, and loading takes Vite's bundler. */
const loaded = new Map<string, Promise<Slides>>();

/** The slides as slides/ (or another deck's folder, relative to the project) defines them, loaded the way the build loads them. */
export function deckSlides(folder = 'slides'): Promise<Slides> {
  let slides = loaded.get(folder);
  if (slides === undefined) {
    slides = runnerImport<{ deck: readonly SlideEntry[] }>(resolve(import.meta.dirname, '../..', folder, 'index.ts'), { logLevel: 'silent' }).then(
      ({ module }) => module.deck.map((entry) => entry.slide),
    );
    loaded.set(folder, slides);
  }
  return slides;
}
