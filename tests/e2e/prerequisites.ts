import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium, type FoundChromium } from '../../src/node/find-chromium.ts';
import { findFirefox } from '../../src/node/find-firefox.ts';

/** A program on PATH, or undefined. */
export function onPath(program: string, path = process.env.PATH ?? ''): string | undefined {
  for (const folder of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(folder, program), constants.X_OK);
      return join(folder, program);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export interface Lookups {
  readonly chromium: () => FoundChromium;
  readonly firefox: () => unknown;
  readonly soffice: () => string | undefined;
}

const REAL: Lookups = { chromium: () => findChromium(), firefox: () => findFirefox(), soffice: () => onPath('soffice') };

/** What the browser tests need and how to install each (Debian/Ubuntu). */
const NEEDS = {
  chromium: 'Chromium (sudo apt-get install chromium; or set CHROMIUM_PATH)',
  firefox: 'Firefox (sudo apt-get install firefox-esr; or set FIREFOX_PATH)',
  soffice: 'LibreOffice Impress, for the PowerPoint test (sudo apt-get install libreoffice-impress-nogui)',
} as const;

/**
 * Checks, before any browser test runs, that every program the tests need is here; if any is
 * missing, one message names them all and how to install them. Returns the Chromium to use.
 */
export function checkPrerequisites(lookups: Lookups = REAL): FoundChromium {
  const missing: string[] = [];
  let chromium: FoundChromium | undefined;
  try {
    chromium = lookups.chromium();
  } catch {
    missing.push(NEEDS.chromium);
  }
  try {
    lookups.firefox();
  } catch {
    missing.push(NEEDS.firefox);
  }
  if (lookups.soffice() === undefined) missing.push(NEEDS.soffice);
  if (chromium === undefined || missing.length > 0) {
    const error = new Error(
      `The browser tests need programs this machine does not have:\n${missing.map((need) => `  - ${need}`).join('\n')}\nInstall them, then run npm test again (.ci/run installs all three).`,
    );
    error.stack = error.message; // the message is all a reader needs: no stack frames
    throw error;
  }
  return chromium;
}
