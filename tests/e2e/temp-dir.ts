import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  process.env[TEST_TMPDIR_ENV] = folder;
  process.env.TMPDIR = folder;
  process.on('exit', () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 }));
  return folder;
}
