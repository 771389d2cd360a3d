import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium, playwrightsHeadlessShell, SYSTEM_CANDIDATES, type ChromiumSearch } from '../../../src/node/find-chromium.ts';

const PLAYWRIGHTS = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where only `paths` exist, with Playwright's Chromium at PLAYWRIGHTS (installed or not) and the variables in `env`. */
function machine(paths: readonly string[], env: Record<string, string> = {}): ChromiumSearch & { readonly askedPlaywright: () => boolean } {
  let asked = false;
  return {
    env,
    exists: (path) => paths.includes(path),
    playwrights: () => {
      asked = true;
      return PLAYWRIGHTS;
    },
    askedPlaywright: () => asked,
  };
}

describe('findChromium', () => {
  it('takes --chromium first, then CHROMIUM_PATH, over any other Chromium', () => {
    const everything = machine(['/opt/c/chrome', '/opt/env/chrome', '/usr/bin/chromium', PLAYWRIGHTS], { CHROMIUM_PATH: '/opt/env/chrome' });
    expect(findChromium('/opt/c/chrome', everything)).toEqual({ path: '/opt/c/chrome', via: '--chromium' });
    expect(findChromium(undefined, everything)).toEqual({ path: '/opt/env/chrome', via: 'CHROMIUM_PATH' });
  });

  it('fails on a --chromium or CHROMIUM_PATH that points nowhere, naming it and saying how to get one, rather than falling back', () => {
    const elsewhere = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' });
    expect(() => findChromium('/nope/chromium', elsewhere)).toThrow('--chromium /nope/chromium: no such file.\nNo Chromium found.');
    expect(() => findChromium(undefined, elsewhere)).toThrow(ChromiumNotFoundError);
    expect(() => findChromium(undefined, elsewhere)).toThrow(
      /^CHROMIUM_PATH=\/nope\/chrome: no such file\.\nNo Chromium found\..*npx playwright install chromium/s,
    );
  });

  it('names a --chromium or CHROMIUM_PATH that is a folder or not executable, in one sentence, before starting anything', () => {
    const checks = { '/opt/chrome-linux64': 'folder', '/opt/chrome.txt': 'not executable' } as const;
    const search = { ...machine(['/usr/bin/chromium']), check: (path: string) => checks[path as keyof typeof checks] ?? 'missing' };
    expect(() => findChromium('/opt/chrome-linux64', search)).toThrow(
      /^--chromium \/opt\/chrome-linux64: that is a folder, not a program \(give the browser executable inside it\)\.\n/,
    );
    expect(() => findChromium(undefined, { ...search, env: { CHROMIUM_PATH: '/opt/chrome.txt' } })).toThrow(
      /^CHROMIUM_PATH=\/opt\/chrome\.txt: that file is not executable/,
    );
  });

  it('looks at the real file: a folder and a plain file are not programs', () => {
    const folder = process.cwd();
    expect(() => findChromium(folder)).toThrow(`--chromium ${folder}: that is a folder, not a program`);
    expect(() => findChromium(`${folder}/package.json`)).toThrow(/that file is not executable|not a program/);
    expect(findChromium(process.execPath).path).toBe(process.execPath);
  });

  it('then a system Chromium, in order, without loading Playwright to ask for its own', () => {
    expect(SYSTEM_CANDIDATES.slice(0, 2)).toEqual(['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']);
    const debian = machine(['/usr/bin/google-chrome', '/usr/bin/chromium', PLAYWRIGHTS]);
    expect(findChromium(undefined, debian)).toEqual({ path: '/usr/bin/chromium', via: 'system' });
    expect(debian.askedPlaywright()).toBe(false);
    // Debian's headless shell, where installed beside it, first: everything here runs headless.
    const shell = machine(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']);
    expect(findChromium(undefined, shell)).toEqual({ path: '/usr/bin/chromium-headless-shell', via: 'system' });
    expect(findChromium(undefined, machine(['/usr/bin/google-chrome']))).toEqual({ path: '/usr/bin/google-chrome', via: 'system' });
  });

  it('then the usual macOS and Windows places, then a Chromium or Chrome on the PATH', () => {
    const mac = '/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(undefined, machine([mac], { HOME: '/Users/me' }))).toEqual({ path: mac, via: 'system' });
    const windows = join('C:/Program Files (x86)', 'Google/Chrome/Application/chrome.exe');
    expect(findChromium(undefined, machine([windows], { 'PROGRAMFILES(X86)': 'C:/Program Files (x86)' }))).toEqual({ path: windows, via: 'system' });
    const onPath = machine(['/opt/bin/google-chrome', '/home/me/bin/chromium', PLAYWRIGHTS], { PATH: '/usr/local/bin:/home/me/bin:/opt/bin' });
    expect(findChromium(undefined, onPath)).toEqual({ path: '/home/me/bin/chromium', via: 'system' });
    expect(onPath.askedPlaywright()).toBe(false);
    const shellOnPath = machine(['/home/me/bin/chromium', '/home/me/bin/chrome-headless-shell'], { PATH: '/home/me/bin' });
    expect(findChromium(undefined, shellOnPath)).toEqual({ path: '/home/me/bin/chrome-headless-shell', via: 'system' });
  });

  it('then the Chromium that `npx playwright install chromium` put in place, its headless shell first', () => {
    const playwrightOnly = machine([PLAYWRIGHTS]);
    expect(findChromium(undefined, playwrightOnly)).toEqual({ path: PLAYWRIGHTS, via: 'Playwright' });
    expect(playwrightOnly.askedPlaywright()).toBe(true);
    // The same command installs the headless shell beside it, in a folder of its own.
    const shell = '/home/me/.cache/ms-playwright/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell';
    expect(findChromium(undefined, machine([PLAYWRIGHTS, shell]))).toEqual({ path: shell, via: 'Playwright' });
    expect(findChromium(undefined, machine([shell]))).toEqual({ path: shell, via: 'Playwright' });
    const macShell = '/Users/me/Library/Caches/ms-playwright/chromium_headless_shell-1255/chrome-headless-shell-mac-arm64/chrome-headless-shell';
    const macChromium =
      '/Users/me/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(playwrightsHeadlessShell(macChromium, (path) => path === macShell)).toBe(macShell);
    expect(playwrightsHeadlessShell('/opt/chrome/chrome', () => true)).toBeUndefined();
  });

  it('with none found (Playwright’s not downloaded either), says every way to get one', () => {
    expect(() => findChromium(undefined, machine([]))).toThrow(
      /^No Chromium found\. Provide one in any of these ways:\n.*CHROMIUM_PATH.*\n.*apt-get install chromium.*\n.*npx playwright install chromium\.$/s,
    );
  });
});
