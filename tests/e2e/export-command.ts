import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The command an npm script runs (from package.json: `node …`), as [node, ...arguments], so the
 * tests start exactly that, without npm in between.
 */
export function scriptCommand(packageJson: string, script: string): string[] {
  const { scripts } = JSON.parse(packageJson) as { scripts: Record<string, string> };
  const [program, ...args] = (scripts[script] ?? '').split(' ');
  if (program !== 'node') throw new Error(`package.json's ${script} script should start with node: ${scripts[script]}`);
  return [process.execPath, ...args];
}

/** The command `npm run export` runs, in this project folder. */
export async function exportCommand(projectDir: string): Promise<string[]> {
  return scriptCommand(await readFile(join(projectDir, 'package.json'), 'utf8'), 'export');
}

/** The command `npm run present` runs, in this project folder. */
export function presentCommand(projectDir: string): string[] {
  return scriptCommand(readFileSync(join(projectDir, 'package.json'), 'utf8'), 'present');
}
