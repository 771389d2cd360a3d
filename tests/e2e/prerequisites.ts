import { findChromium, type FoundChromium } from '../../src/node/find-chromium.ts';
import { findFirefox } from '../../src/node/find-firefox.ts';
import { isProgram, onPath } from '../../src/node/program-path.ts';

export interface Lookups {
  readonly chromium: () => FoundChromium;
  readonly firefox: () => unknown;
  readonly soffice: () => string | undefined;
}

const REAL: Lookups = { chromium: () => findChromium(), firefox: () => findFirefox(), soffice: () => onPath(['soffice'], process.env, isProgram) };

/** What the browser tests need and how to install each (Debian/Ubuntu). */
const NEEDS = {
  chromium: 'Chromium (sudo apt-get install chromium-headless-shell; or set CHROMIUM_PATH)',
  firefox: 'Firefox (sudo apt-get install firefox-esr; or set FIREFOX_PATH)',
  soffice: 'LibreOffice Impress, for the PowerPoint test (sudo apt-get install libreoffice-impress-nogui)',
} as const;

export type Program = keyof typeof NEEDS;

/** The programs the browser tests need that this machine lacks (.ci/run installs these). */
export function missingPrograms(lookups: Lookups = REAL): Program[] {
  const found = (lookup: () => unknown): boolean => {
    try {
      return lookup() !== undefined;
    } catch {
      return false;
    }
  };
  return (Object.keys(NEEDS) as Program[]).filter((program) => !found(lookups[program]));
}

/**
 * Checks, before any browser test runs, that every program the tests need is here; if any is
 * missing, one message names them all and how to install them. Returns the Chromium to use.
 */
export function checkPrerequisites(lookups: Lookups = REAL): FoundChromium {
  const missing = missingPrograms(lookups).map((program) => NEEDS[program]);
  const chromium = missing.length === 0 ? lookups.chromium() : undefined;
  if (chromium === undefined) {
    const error = new Error(
      `The browser tests need programs this machine does not have:\n${missing.map((need) => `  - ${need}`).join('\n')}\nInstall them, then run npm test again (.ci/run installs all three).`,
    );
    error.stack = error.message; // the message is all a reader needs: no stack frames
    throw error;
  }
  return chromium;
}
