import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { SlideEntry } from '../../src/model.ts';

/** The slides as slides/ defines them, loaded the way the build loads them. */
export async function deckSlides(): Promise<SlideEntry['slide'][]> {
  const { module } = await runnerImport<{ deck: readonly SlideEntry[] }>(resolve(import.meta.dirname, '../../slides/index.ts'), { logLevel: 'silent' });
  return module.deck.map((entry) => entry.slide);
}
