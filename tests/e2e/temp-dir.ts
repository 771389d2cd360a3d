import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder name Playwright gives its compile cache in the temp folder (its lib/common). */
const playwrightCacheName = (): string => (process.geteuid ? `playwright-transform-cache-${process.geteuid()}` : 'playwright-transform-cache');

/** Names the run's own temporary folder in the environment (inherited by workers, servers, browsers, exports). */
export const TEST_TMPDIR_ENV = 'DECK_TEST_TMPDIR';

/**
 * One temporary folder for the whole browser-test run: TMPDIR points into it, so everything the
 * tests and the programs they start write there (exports, profiles, project copies) goes in it,
 * and it is removed when the run ends, however it ends. Called from the config, which every worker
 * loads again: the first call (the runner's) makes the folder and removes it on exit; later ones
 * (workers, which inherit the variable) reuse it.
 */
export function runTempDir(): string {
  const existing = process.env[TEST_TMPDIR_ENV];
  if (existing) return existing;
  const folder = mkdtempSync(join(tmpdir(), 'deck-tests-'));
  // Playwright's cache of compiled test files stays where the runner keeps it, in the system's
  // temp folder: in the run's own folder every worker compiled every file again (3 s of CPU each).
  process.env.PLAYWRIGHT_TRANSFORM_CACHE_DIR ??= join(tmpdir(), playwrightCacheName());
  process.env[TEST_TMPDIR_ENV] = folder;
  process.env.TMPDIR = folder;
  process.on('exit', () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 }));
  return folder;
}
