import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PartialWriteError, writeFilesAtomically } from '../../../src/node/atomic-write.ts';

describe('writeFilesAtomically', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('replaces every file with its complete new bytes and leaves nothing else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'atomic-'));
    await writeFile(join(folder, 'a.pdf'), 'old a');
    const replaced = await writeFilesAtomically([
      { path: join(folder, 'a.pdf'), bytes: encode('new a') },
      { path: join(folder, 'b.pdf'), bytes: encode('new b') },
    ]);
    expect(replaced).toEqual([join(folder, 'a.pdf'), join(folder, 'b.pdf')]);
    expect(await readFile(join(folder, 'a.pdf'), 'utf8')).toBe('new a');
    expect(await readFile(join(folder, 'b.pdf'), 'utf8')).toBe('new b');
    expect((await readdir(folder)).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('when the first file cannot be put in place, changes nothing and removes its temporary files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'atomic-'));
    // A non-empty folder where a.pdf should go: renaming onto it fails.
    await mkdir(join(folder, 'a.pdf'));
    await writeFile(join(folder, 'a.pdf', 'keep'), 'old');
    await writeFile(join(folder, 'b.pdf'), 'old b');
    const attempt = writeFilesAtomically([
      { path: join(folder, 'a.pdf'), bytes: encode('new a') },
      { path: join(folder, 'b.pdf'), bytes: encode('new b') },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(PartialWriteError);
    await expect(attempt).rejects.toMatchObject({ replaced: [] });
    expect(await readFile(join(folder, 'b.pdf'), 'utf8')).toBe('old b');
    expect((await readdir(folder)).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('when a later file fails, says which files were already replaced', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'atomic-'));
    await mkdir(join(folder, 'b.pdf'));
    await writeFile(join(folder, 'b.pdf', 'keep'), 'old');
    const attempt = writeFilesAtomically([
      { path: join(folder, 'a.pdf'), bytes: encode('new a') },
      { path: join(folder, 'b.pdf'), bytes: encode('new b') },
    ]);
    await expect(attempt).rejects.toMatchObject({ replaced: [join(folder, 'a.pdf')] });
    expect((await readdir(folder)).sort()).toEqual(['a.pdf', 'b.pdf']);
  });
});
