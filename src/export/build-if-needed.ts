import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** What a build of the deck depends on, relative to the project folder. */
const INPUTS = ['src', 'slides', 'package.json', 'package-lock.json', 'vite.config.ts'];
/** Files the export needs in the built folder. */
const OUTPUTS = ['index.html', 'handout.html'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs);
}

/** Whether dist/ is missing or older than anything it is built from. */
export function buildIsStale(projectDir: string, distDir: string): boolean {
  const outputs = OUTPUTS.map((name) => join(distDir, name));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return INPUTS.some((input) => newestChange(join(projectDir, input)) > built);
}

/** Builds the deck with Vite unless dist/ is up to date (or `force`). Returns whether it built. */
export async function buildIfNeeded(projectDir: string, distDir: string, force = false): Promise<boolean> {
  if (!force && !buildIsStale(projectDir, distDir)) return false;
  await build({ root: join(projectDir, 'src'), configFile: join(projectDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
