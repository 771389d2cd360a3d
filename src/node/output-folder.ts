import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Why an output folder cannot be used, in words a user can act on. */
export type FolderProblem = 'read-only' | 'not a folder' | 'no permission' | 'cannot be created';

const REASONS: Record<FolderProblem, string> = {
  'read-only': 'it is on a read-only file system',
  'not a folder': 'it, or a folder on its path, is a file',
  'no permission': 'you have no permission to write there',
  'cannot be created': 'it does not exist and cannot be created there',
};

export class OutputFolderError extends Error {
  constructor(
    readonly shown: string,
    readonly problem: FolderProblem,
  ) {
    super(`cannot write to the output folder ${shown}: ${REASONS[problem]}. Choose another folder with --out <folder>.`);
    this.name = 'OutputFolderError';
  }
}

/** The folder problem a system error code stands for (unknown codes: it cannot be created). */
export function problemFor(code: string | undefined): FolderProblem {
  switch (code) {
    case 'EROFS':
      return 'read-only';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'no permission';
    default:
      return 'cannot be created';
  }
}

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** How many missing folders above the target may be created (exports/a/b/c is fine; a runaway is not). */
const MAX_DEPTH = 32;

/**
 * Creates a folder and any missing parents, one level at a time, without Node's recursive mkdir
 * (which on some paths, e.g. under /proc, retries forever). Every step either succeeds or
 * throws: there is no loop that can wait on a path that will never appear.
 */
async function makeFolder(path: string, depth = 0): Promise<void> {
  try {
    await mkdir(path);
    return;
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') {
      if ((await stat(path)).isDirectory()) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path || depth >= MAX_DEPTH) throw error;
    // The parent is missing, or cannot hold folders: if it already is a folder, this path
    // cannot be created there (a virtual file system); otherwise make the parent first, once.
    const parentIsFolder = await stat(parent).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (parentIsFolder) throw error;
    await makeFolder(parent, depth + 1);
    await mkdir(path);
  }
}

/**
 * Makes sure `path` is a folder the export can write into, before any work is done: creates it if
 * needed and proves it writable with a probe file (then removes the probe). Throws an
 * OutputFolderError that names the folder as the user gave it (`shown`) and the reason.
 */
export async function prepareOutputFolder(path: string, shown: string = path): Promise<void> {
  try {
    await makeFolder(path);
    const probe = `${path}/.write-probe.${process.pid}.tmp`;
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new OutputFolderError(shown, problemFor(codeOf(error)));
  }
}
