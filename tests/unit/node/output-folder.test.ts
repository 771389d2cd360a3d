import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputFolderError, prepareOutputFolder, problemFor } from '../../../src/node/output-folder.ts';

describe('problemFor', () => {
  it('turns system error codes into reasons a user can act on', () => {
    expect(problemFor('EROFS')).toBe('read-only');
    expect(problemFor('EEXIST')).toBe('not a folder');
    expect(problemFor('ENOTDIR')).toBe('not a folder');
    expect(problemFor('EACCES')).toBe('no permission');
    expect(problemFor('EPERM')).toBe('no permission');
    expect(problemFor('ENOENT')).toBe('cannot be created');
    expect(problemFor(undefined)).toBe('cannot be created');
  });
});

describe('prepareOutputFolder', () => {
  it('creates missing folders and leaves no probe file behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'out-'));
    await prepareOutputFolder(join(root, 'a', 'b'));
    expect(await readdir(join(root, 'a', 'b'))).toEqual([]);
  });

  it('names the folder as given when a file is in the way', async () => {
    const root = await mkdtemp(join(tmpdir(), 'out-'));
    await writeFile(join(root, 'notadir'), 'x');
    const attempt = prepareOutputFolder(join(root, 'notadir'), 'out/notadir');
    await expect(attempt).rejects.toBeInstanceOf(OutputFolderError);
    await expect(attempt).rejects.toThrow(
      'cannot write to the output folder out/notadir: it, or a folder on its path, is a file. Choose another folder with --out <folder>.',
    );
  });

  it('fails at once on a path that can never be created (under /proc), instead of retrying', async () => {
    const started = performance.now();
    await expect(prepareOutputFolder('/proc/forbidden/sub')).rejects.toThrow(
      'cannot write to the output folder /proc/forbidden/sub: it does not exist and cannot be created there.',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
