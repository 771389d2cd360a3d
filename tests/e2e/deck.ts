import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { SlideEntry } from '../../src/model.ts';

/** The slides as slides/ (or another deck's folder, relative to the project) defines them, loaded the way the build loads them. */
export async function deckSlides(folder = 'slides'): Promise<SlideEntry['slide'][]> {
  const { module } = await runnerImport<{ deck: readonly SlideEntry[] }>(resolve(import.meta.dirname, '../..', folder, 'index.ts'), { logLevel: 'silent' });
  return module.deck.map((entry) => entry.slide);
}
