/**
 * Which deck a command works on, and where its built copy goes: `slides/` and `dist/` unless
 * `--deck <folder>` (or the DECK environment variable, for `npm start` and `npm run build`) names
 * another folder of slides, which builds into `dist-<folder name>/`. Shared by vite.config.ts,
 * the export and npm run present, so that they agree.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';

export interface DeckFolders {
  /** The folder of slide files, with its index.ts, meta.ts, sources.ts and labels.ts. */
  readonly deckDir: string;
  /** Where the build writes it. */
  readonly distDir: string;
  /** The deck folder as the user would write it, relative to the project. */
  readonly shown: string;
}

export const DEFAULT_DECK = 'slides';

/** The folders for the deck `chosen` (a path, relative to the project or absolute), or the default deck. */
export function deckFolders(projectDir: string, chosen: string | undefined): DeckFolders {
  const deckDir = resolve(projectDir, chosen === undefined || chosen === '' ? DEFAULT_DECK : chosen);
  const isDefault = deckDir === resolve(projectDir, DEFAULT_DECK);
  const shown = relative(projectDir, deckDir);
  return {
    deckDir,
    distDir: resolve(projectDir, isDefault ? 'dist' : `dist-${basename(deckDir)}`),
    shown: shown === '' || shown.startsWith('..') || isAbsolute(shown) ? deckDir : shown,
  };
}
