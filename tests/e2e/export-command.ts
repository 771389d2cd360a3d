import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The command `npm run export` runs (from package.json), as [node, ...arguments], so the tests
 * start exactly that, without npm in between.
 */
export async function exportCommand(projectDir: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [program, ...args] = (scripts.export ?? '').split(' ');
  if (program !== 'node') throw new Error(`package.json's export script should start with node: ${scripts.export}`);
  return [process.execPath, ...args];
}
