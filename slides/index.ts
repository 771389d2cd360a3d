import type { SlideEntry, Slide } from '../src/model.ts';

/**
 * The deck, in order: every `slides/NN-name.ts` file (or `NNa-name.ts`, to slot one in between),
 * sorted by its name. To add a slide, add a file; to reorder, rename the files.
 */
const modules = import.meta.glob<{ default: Slide }>('./[0-9][0-9]*-*.ts', { eager: true });

export const deck: readonly SlideEntry[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ file: `slides/${path.slice(2)}`, slide: module.default }));
