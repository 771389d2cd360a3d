import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The command an npm script of this project folder runs (package.json: `node …`), as
 * [node, ...arguments], so the tests start exactly that, without npm in between.
 */
async function scriptCommand(projectDir: string, script: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [program, ...args] = (scripts[script] ?? '').split(' ');
  if (program !== 'node') throw new Error(`package.json's ${script} script should start with node: ${scripts[script]}`);
  return [process.execPath, ...args];
}

/** The command `npm run export` runs. */
export const exportCommand = (projectDir: string): Promise<string[]> => scriptCommand(projectDir, 'export');

/** The command `npm run present` runs. */
export const presentCommand = (projectDir: string): Promise<string[]> => scriptCommand(projectDir, 'present');
