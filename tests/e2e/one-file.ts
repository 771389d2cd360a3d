import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { deckMeta } from '../../slides/meta.ts';
import { exportCommand } from './script-command.ts';
import { PROJECT_DIR } from './project-copy.ts';

const run = promisify(execFile);
let exported: Promise<string> | undefined;

/**
 * The one-file deck, written by the real command (`npm run export -- --only html`) into a
 * temporary folder, once per test worker; returns its path.
 */
export function oneFileDeck(): Promise<string> {
  exported ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'deck-one-file-'));
    const [command = process.execPath, ...args] = await exportCommand(PROJECT_DIR);
    // A --chromium that does not exist: the one-file export starts no browser, so it must not notice.
    const { stdout } = await run(command, [...args, '--only', 'html', '--out', outDir, '--chromium', '/nonexistent/chromium'], {
      cwd: PROJECT_DIR,
      env: process.env,
    });
    if (/browser:/.test(stdout)) throw new Error(`the one-file export started a browser:\n${stdout}`);
    return join(outDir, `${deckMeta.slug}.html`);
  })();
  return exported;
}

/** The file:// address of the one-file deck, as a double-click opens it. */
export async function oneFileDeckUrl(): Promise<string> {
  return pathToFileURL(await oneFileDeck()).href;
}

/** What a page opened from disk may load: the file itself (and its frames), data: and blob: URLs. */
export const isLocal = (url: string): boolean => /^(file|data|blob):/.test(url) || url === 'about:blank';
