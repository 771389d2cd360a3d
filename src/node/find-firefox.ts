import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { onPath, windowsProgramFolders } from './program-path.ts';

/**
 * Finding a Firefox for the tests (Firefox ESR from Debian is what CI installs). Playwright's
 * own Firefox build is not used: the tests drive the real release over WebDriver BiDi.
 */

/** Where to look for a system Firefox, in order: Debian's ESR first (then Windows's program folders, then the PATH). */
export const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The environment variable that names a Firefox to use. */
export const FIREFOX_ENV = 'FIREFOX_PATH';

export const HOW_TO_GET_FIREFOX = [
  'No Firefox found. Provide one in any of these ways:',
  `  - set ${FIREFOX_ENV}=/path/to/firefox;`,
  '  - install a system Firefox, e.g. on Debian/Ubuntu: sudo apt-get install firefox-esr.',
].join('\n');

export class FirefoxNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${detail}\n${HOW_TO_GET_FIREFOX}` : HOW_TO_GET_FIREFOX);
    this.name = 'FirefoxNotFoundError';
  }
}

export interface FoundFirefox {
  readonly path: string;
  /** How it was found, for logs: "FIREFOX_PATH" or "system". */
  readonly via: string;
}

/**
 * Finds a Firefox: $FIREFOX_PATH, else a system Firefox. A variable that points nowhere is an
 * error, not a reason to fall back silently. `env` and `exists` are for tests.
 */
export function findFirefox(env: Readonly<Record<string, string | undefined>> = process.env, exists: (path: string) => boolean = existsSync): FoundFirefox {
  const fromEnv = env[FIREFOX_ENV];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new FirefoxNotFoundError(`${FIREFOX_ENV}=${fromEnv}: no such file.`);
    return { path: fromEnv, via: FIREFOX_ENV };
  }
  const windows = windowsProgramFolders(env).map((folder) => join(folder, 'Mozilla Firefox/firefox.exe'));
  const system = [...FIREFOX_CANDIDATES, ...windows].find((candidate) => exists(candidate)) ?? onPath(['firefox-esr', 'firefox'], env, exists);
  if (system) return { path: system, via: 'system' };
  throw new FirefoxNotFoundError();
}
