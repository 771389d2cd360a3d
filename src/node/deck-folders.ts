/**
 * Which deck a command works on, and where its built copy goes: `slides/` and `dist/` unless
 * `--deck <folder>` (or the DECK environment variable, for `npm start` and `npm run build`) names
 * another folder of slides, which builds into `dist-<its path, with dashes>/` (examples/minimal:
 * `dist-examples-minimal/`), so that two decks never share a build folder. Shared by
 * vite.config.ts, the export and npm run present, so that they agree.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface DeckFolders {
  /** The folder of slide files, with its index.ts, meta.ts, sources.ts and labels.ts. */
  readonly deckDir: string;
  /** Where the build writes it. */
  readonly distDir: string;
  /** The deck folder as the user would write it, relative to the project. */
  readonly shown: string;
}

export const DEFAULT_DECK = 'slides';

/** The files every deck folder has (the pages import them). */
const DECK_FILES = ['index.ts', 'meta.ts', 'sources.ts', 'labels.ts'] as const;

/** Why `deck` cannot be built, in one sentence, or undefined if it has what a deck needs. */
export function deckFolderProblem(deck: DeckFolders): string | undefined {
  if (!existsSync(deck.deckDir)) return `there is no deck folder ${deck.shown}: --deck takes a folder of slides like slides/.`;
  const missing = DECK_FILES.filter((file) => !existsSync(join(deck.deckDir, file)));
  if (missing.length === 0) return undefined;
  return `${deck.shown} is not a deck folder: it has no ${missing.join(', ')} (a deck has ${DECK_FILES.join(', ')} and its slides, like slides/).`;
}

/** The folders for the deck `chosen` (a path, relative to the project or absolute), or the default deck. */
export function deckFolders(projectDir: string, chosen: string | undefined): DeckFolders {
  const deckDir = resolve(projectDir, chosen === undefined || chosen === '' ? DEFAULT_DECK : chosen);
  const isDefault = deckDir === resolve(projectDir, DEFAULT_DECK);
  const path = relative(projectDir, deckDir);
  const inProject = path !== '' && !path.startsWith('..') && !isAbsolute(path);
  // Outside the project its path would make an unwieldy name: its folder's name and a short hash of the path stand for it.
  const name = inProject ? path.split(sep).join('-') : `${basename(deckDir)}-${createHash('sha256').update(deckDir).digest('hex').slice(0, 8)}`;
  return {
    deckDir,
    distDir: resolve(projectDir, isDefault ? 'dist' : `dist-${name}`),
    shown: inProject ? path : deckDir,
  };
}
