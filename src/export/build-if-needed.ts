import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build of the deck depends on, relative to the project folder. */
const INPUTS = ['src', 'slides', 'package.json', 'package-lock.json', 'vite.config.ts'];
/** Folders under those that only the export and the tests use: editing them needs no rebuild. */
const NOT_IN_THE_BUILD = new Set(['src/export', 'src/browser', 'src/tools']);
/** Files the export needs in the built folder. */
const OUTPUTS = ['index.html', 'handout.html'];

function newestChange(projectDir: string, path: string): number {
  const full = join(projectDir, path);
  if (NOT_IN_THE_BUILD.has(path) || !existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestChange(projectDir, `${path}/${name}`)), info.mtimeMs);
}

/** Whether dist/ is missing or older than anything it is built from. */
export function buildIsStale(projectDir: string, distDir: string): boolean {
  const outputs = OUTPUTS.map((name) => join(distDir, name));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return INPUTS.some((input) => newestChange(projectDir, input) > built);
}

/** Builds the deck with Vite unless dist/ is up to date (or `force`). Returns whether it built. */
export async function buildIfNeeded(projectDir: string, distDir: string, force = false): Promise<boolean> {
  if (!force && !buildIsStale(projectDir, distDir)) return false;
  const { build } = await import('vite'); // loaded only when needed: it is slow to import
  await build({ root: join(projectDir, 'src'), configFile: join(projectDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
