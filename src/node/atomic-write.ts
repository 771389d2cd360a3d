import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file written next to its target, not yet in place. */
export interface StagedFile {
  readonly path: string;
  /** Moves the file into place in one step (a rename): readers see the old file or the new one. */
  commit(): Promise<void>;
  /** Removes the staged file, leaving the target as it was. */
  discard(): Promise<void>;
}

/** Where a target is staged before it is moved into place: beside it, hidden, named by this process. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes bytes to a temporary file in the target's folder (which must exist), ready to be committed. */
export async function stageFile(path: string, bytes: Uint8Array): Promise<StagedFile> {
  const temporary = temporaryPath(path);
  const discard = (): Promise<void> => rm(temporary, { force: true });
  try {
    await writeFile(temporary, bytes);
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    path,
    discard,
    commit: async () => {
      try {
        await rename(temporary, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
  };
}

/**
 * Writes several files so that none is half-written: all are staged first, then moved into place
 * one by one. If staging fails, no target changes. Returns the paths actually replaced; on a
 * failure part-way, the error's `replaced` says which targets were already replaced.
 */
export async function writeFilesAtomically(files: readonly { path: string; bytes: Uint8Array }[]): Promise<string[]> {
  const staged: StagedFile[] = [];
  const replaced: string[] = [];
  try {
    for (const file of files) staged.push(await stageFile(file.path, file.bytes));
    for (const file of staged) {
      await file.commit();
      replaced.push(file.path);
    }
    return replaced;
  } catch (error) {
    await Promise.all(staged.map((file) => file.discard()));
    throw new PartialWriteError(error, replaced);
  }
}

export class PartialWriteError extends Error {
  constructor(
    readonly reason: unknown,
    readonly replaced: readonly string[],
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'PartialWriteError';
  }
}
