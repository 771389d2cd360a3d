import type { SlideEntry, Slide } from '../../src/model.ts';

/** The example deck, in order: every `NN-name.ts` file here, sorted by its name (as slides/index.ts does). */
const modules = import.meta.glob<{ default: Slide }>('./[0-9][0-9]*-*.ts', { eager: true });

export const deck: readonly SlideEntry[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ file: `examples/minimal/${path.slice(2)}`, slide: module.default }));
