import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { onPath, windowsProgramFolders } from './program-path.ts';

/**
 * Where to look for a system Chromium or Chrome, in order (then on the PATH). Chromium's headless
 * shell comes first: every use here is headless, and it opens a page and loads the deck for about
 * a third of the CPU time of the full browser in its headless mode (docs/benchmarks.md).
 */
export const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Program names of Chromium and Chrome, as found on the PATH. */
export const PATH_NAMES = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

/** The fixed places, the user's own macOS Applications folder and Windows's program folders, then the PATH. */
function systemChromium(env: Readonly<Record<string, string | undefined>>, exists: (path: string) => boolean): string | undefined {
  const home = env.HOME ? [join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')] : [];
  const windows = windowsProgramFolders(env).flatMap((folder) => [
    join(folder, 'Google/Chrome/Application/chrome.exe'),
    join(folder, 'Chromium/Application/chrome.exe'),
  ]);
  return [...SYSTEM_CANDIDATES, ...home, ...windows].find((candidate) => exists(candidate)) ?? onPath(PATH_NAMES, env, exists);
}

/** The environment variable that names a Chromium to use. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found. Provide one in any of these ways:',
  `  - set ${CHROMIUM_ENV}=/path/to/chromium (or pass --chromium /path/to/chromium to npm run export);`,
  '  - install a system Chromium, e.g. on Debian: sudo apt-get install chromium-headless-shell (or chromium);',
  "  - install Playwright's own: npx playwright install chromium.",
].join('\n');

export class ChromiumNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${detail}\n${HOW_TO_GET_CHROMIUM}` : HOW_TO_GET_CHROMIUM);
    this.name = 'ChromiumNotFoundError';
  }
}

export interface FoundChromium {
  readonly path: string;
  /** How it was found, for logs: "CHROMIUM_PATH", "--chromium", "Playwright", "system". */
  readonly via: string;
}

/**
 * Playwright's own Chromium (`npx playwright install chromium`), if it is installed (its headless
 * shell, installed beside it, is taken first: see playwrightsHeadlessShell). Loading Playwright to
 * ask takes about a second of CPU, so this is asked last.
 */
function playwrightsChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath() || undefined;
  } catch {
    return undefined; // Playwright not installed: not a place to look
  }
}

/** Where Playwright puts its headless shell inside the shell's own folder, for each platform. */
const PLAYWRIGHT_SHELL_PATHS = [
  'chrome-headless-shell-linux64/chrome-headless-shell',
  'chrome-headless-shell-linux-arm64/chrome-headless-shell',
  'chrome-headless-shell-mac-arm64/chrome-headless-shell',
  'chrome-headless-shell-mac-x64/chrome-headless-shell',
  'chrome-headless-shell-win64/chrome-headless-shell.exe',
];

/**
 * The headless shell that `npx playwright install chromium` puts beside its Chromium
 * (`…/ms-playwright/chromium-1255/…` and `…/ms-playwright/chromium_headless_shell-1255/…`), if it is there.
 */
export function playwrightsHeadlessShell(chromiumPath: string, exists: (path: string) => boolean): string | undefined {
  const installed = /^(.*[\\/])chromium-(\d+)[\\/]/.exec(chromiumPath);
  if (installed === null) return undefined;
  const [, registry = '', revision = ''] = installed;
  return PLAYWRIGHT_SHELL_PATHS.map((inside) => join(registry, `chromium_headless_shell-${revision}`, inside)).find((path) => exists(path));
}

/** What a path given as a program is: a program, or what is wrong with it. */
export type ProgramCheck = 'program' | 'missing' | 'folder' | 'not executable';

function checkProgram(path: string): ProgramCheck {
  try {
    if (statSync(path).isDirectory()) return 'folder';
    accessSync(path, constants.X_OK);
    return 'program';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? 'not executable' : 'missing';
  }
}

/** Where findChromium looks; tests give their own. */
export interface ChromiumSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  readonly playwrights: () => string | undefined;
  /** For a path the user gave: is it a program? (Default: look at the file.) */
  readonly check?: (path: string) => ProgramCheck;
}

const REAL_SEARCH: ChromiumSearch = { env: process.env, exists: existsSync, playwrights: playwrightsChromium, check: checkProgram };

const PROBLEMS: Readonly<Record<Exclude<ProgramCheck, 'program'>, string>> = {
  missing: 'no such file',
  folder: 'that is a folder, not a program (give the browser executable inside it)',
  'not executable': 'that file is not executable (chmod +x, or give the browser executable)',
};

/** A path the user gave, checked before anything is started: a sentence naming what is wrong with it. */
function given(path: string, how: string, search: ChromiumSearch): FoundChromium {
  const found = (search.check ?? ((candidate) => (search.exists(candidate) ? 'program' : 'missing')))(path);
  if (found !== 'program') throw new ChromiumNotFoundError(`${how}${path}: ${PROBLEMS[found]}.`);
  return { path, via: how.startsWith('--') ? '--chromium' : CHROMIUM_ENV };
}

/**
 * Finds a Chromium: an explicit path if given (e.g. --chromium), else $CHROMIUM_PATH, else a
 * system Chromium or Chrome, else Playwright's own. An explicit path or variable that points
 * nowhere is an error, not a reason to fall back silently.
 */
export function findChromium(explicitPath?: string, search: ChromiumSearch = REAL_SEARCH): FoundChromium {
  const { env, exists } = search;
  if (explicitPath !== undefined) return given(explicitPath, '--chromium ', search);
  const fromEnv = env[CHROMIUM_ENV];
  if (fromEnv) return given(fromEnv, `${CHROMIUM_ENV}=`, search);
  const system = systemChromium(env, exists);
  if (system) return { path: system, via: 'system' };
  const playwrights = search.playwrights();
  const shell = playwrights === undefined ? undefined : playwrightsHeadlessShell(playwrights, exists);
  if (shell) return { path: shell, via: 'Playwright' };
  if (playwrights && exists(playwrights)) return { path: playwrights, via: 'Playwright' };
  throw new ChromiumNotFoundError();
}

/**
 * Command-line switches for a quiet, offline, headless Chromium: no background requests to
 * Google's services, text laid out alike in the headless shell and the full browser, and no
 * sandbox when running as root (where Chromium refuses to start with it).
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--no-pings',
    '--metrics-recording-only',
    // Glyphs placed as the full browser places them: the headless shell otherwise hints them, and a
    // PDF's letter-spaced words then come back from text extraction in pieces ("CON T E X T").
    '--font-render-hinting=none',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
