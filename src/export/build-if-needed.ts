import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DECK_META_FILE } from '../constants.ts';

/** What a build of the deck depends on besides its own folder, relative to the project folder. */
const INPUTS = ['src', 'package.json', 'package-lock.json', 'vite.config.ts'];
/** Folders under those that only the export, the tools and the tests use: editing them needs no rebuild. */
const NOT_IN_THE_BUILD = new Set(['src/export', 'src/node', 'src/tools', 'src/present']);
/** Files the export needs in the built folder. */
const OUTPUTS = ['index.html', 'handout.html', 'remote.html', DECK_META_FILE];

function newestChange(projectDir: string, path: string): number {
  const full = join(projectDir, path);
  if (NOT_IN_THE_BUILD.has(path) || !existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestChange(projectDir, `${path}/${name}`)), info.mtimeMs);
}

/** Whether the built deck is missing or older than anything it is built from (the engine, the deck's folder). */
export function buildIsStale(projectDir: string, deckDir: string, distDir: string): boolean {
  const outputs = OUTPUTS.map((name) => join(distDir, name));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return [...INPUTS, relative(projectDir, deckDir)].some((input) => newestChange(projectDir, input) > built);
}

/** The build failed: its message is what the user needs (e.g. the content problems), no bundler frames. */
export class BuildError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'BuildError';
  }
}

/**
 * A bundler error as a user should read it: without the "Build failed with 1 error" banner, the
 * "[plugin …]" tag, the error class names and the stack frames (all bundler internals).
 */
export function cleanBuildMessage(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && !/^Build failed with \d+ errors?:$/.test(line) && !/^\[plugin [^\]]+\]\s*\S*$/.test(line))
    .map((line) => line.replace(/^(?:Rolldown|Rollup)?Error: /, ''))
    .join('\n')
    .trim();
}

/** Builds the deck in `deckDir` with Vite unless its build is up to date (or `force`). Returns whether it built. */
export async function buildIfNeeded(projectDir: string, deckDir: string, distDir: string, force = false): Promise<boolean> {
  if (!force && !buildIsStale(projectDir, deckDir, distDir)) return false;
  const { createBuilder } = await import('vite'); // loaded only when needed: it is slow to import
  // vite.config.ts builds the deck DECK names (see src/node/deck-folders.ts).
  process.env.DECK = deckDir;
  try {
    // As \`vite build\` does, so that the deck's after-build checks run too. Silent: a failure is
    // reported once, by the caller, from the error below.
    const builder = await createBuilder({ root: join(projectDir, 'src'), configFile: join(projectDir, 'vite.config.ts'), logLevel: 'silent' });
    await builder.buildApp();
  } catch (error) {
    throw new BuildError(`the deck did not build:\n${cleanBuildMessage(error instanceof Error ? error.message : String(error))}`, { cause: error });
  }
  return true;
}
