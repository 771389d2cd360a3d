/**
 * A newcomer's `npm install` must work with no environment variable set, online or behind a
 * firewall: no package may download a browser while installing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const PUPPETEER = resolve(ROOT, 'node_modules/puppeteer');

describe('first run', () => {
  it('puppeteer’s install step (DeckTape’s dependency) skips its browser download, with no environment variable', async () => {
    expect(existsSync(resolve(PUPPETEER, 'install.mjs'))).toBe(true);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PUPPETEER_')));
    // As npm runs it: from the package's own folder.
    const { stdout, stderr } = await run(process.execPath, ['install.mjs'], { cwd: PUPPETEER, env, timeout: 30_000 });
    expect(`${stdout}${stderr}`).toContain('Skipping downloading browsers');
    expect(stderr).not.toMatch(/error/i);
  });
});
