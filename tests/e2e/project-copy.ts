import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_DIR = resolve(import.meta.dirname, '../..');

/**
 * A throw-away copy of the project (sources, slides, config; node_modules linked entry by entry,
 * so Vite's caches stay inside the copy), for tests that break a slide or run a dev server
 * without touching the real tree.
 */
export async function copyProject(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'deck-project-'));
  for (const entry of ['src', 'slides', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.slides.json']) {
    await cp(join(PROJECT_DIR, entry), join(copy, entry), { recursive: true });
  }
  await mkdir(join(copy, 'node_modules'));
  for (const entry of await readdir(join(PROJECT_DIR, 'node_modules'))) {
    if (entry === '.vite' || entry === '.vite-temp' || entry === '.cache') continue;
    await symlink(join(PROJECT_DIR, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}
