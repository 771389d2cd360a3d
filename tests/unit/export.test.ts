import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PartialWriteError, writeFilesAtomically } from '../../src/node/atomic-write.ts';
import { finishPdf } from '../../src/export/pdf-document.ts';
import { serveFolder } from '../../src/node/static-server.ts';
import { buildIsStale } from '../../src/export/build-if-needed.ts';

const info = { title: 'T', author: 'A', subject: 'S', keywords: ['k'], language: 'en' };
const slides = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
  { id: 'three', title: 'Three' },
];

async function blankPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([1920, 1080]);
  return pdf.save();
}

describe('finishPdf', () => {
  it('fails when the slides PDF has a page count other than the number of slides', async () => {
    await expect(finishPdf(await blankPdf(4), slides, info, true)).rejects.toThrow(
      'the PDF has 4 pages for 3 slides; each slide must fit on exactly one page.',
    );
  });

  it('fails when the handout has fewer pages than slides', async () => {
    await expect(finishPdf(await blankPdf(2), slides, info, false)).rejects.toThrow('the PDF has 2 pages for 3 slides; every slide needs at least one page.');
  });

  it('fails when the printed PDF has no heading to bookmark for each slide', async () => {
    await expect(finishPdf(await blankPdf(3), slides, info, true)).rejects.toThrow('the PDF has 0 headings for 3 slides');
  });
});

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

describe('serveFolder', () => {
  it('serves files, and answers bad or missing paths with an error status instead of crashing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'serve-'));
    await writeFile(join(folder, 'index.html'), '<p>hello</p>');
    await mkdir(join(folder, 'assets'));
    const server = await serveFolder(folder);
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>hello</p>');
      expect((await fetch(`${server.url}assets`)).status).toBe(404);
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('buildIsStale', () => {
  async function project(): Promise<{ root: string; dist: string }> {
    const root = await mkdtemp(join(tmpdir(), 'project-'));
    await mkdir(join(root, 'slides'));
    await mkdir(join(root, 'src', 'export'), { recursive: true });
    await writeFile(join(root, 'slides', '01-title.ts'), 'x');
    await writeFile(join(root, 'src', 'export', 'cli.ts'), 'x');
    const dist = join(root, 'dist');
    await mkdir(dist);
    return { root, dist };
  }
  const at = (path: string, seconds: number): Promise<void> => utimes(path, seconds, seconds);

  it('is stale when dist/ is missing a page, or older than a slide', async () => {
    const { root, dist } = await project();
    expect(buildIsStale(root, dist)).toBe(true);
    await writeFile(join(dist, 'index.html'), '');
    await writeFile(join(dist, 'handout.html'), '');
    for (const file of ['slides', 'slides/01-title.ts', 'src', 'src/export', 'src/export/cli.ts']) await at(join(root, file), 1000);
    await at(join(dist, 'index.html'), 2000);
    await at(join(dist, 'handout.html'), 2000);
    expect(buildIsStale(root, dist)).toBe(false);
    await at(join(root, 'slides', '01-title.ts'), 3000);
    expect(buildIsStale(root, dist)).toBe(true);
  });

  it('is not stale when only the export’s own code changed', async () => {
    const { root, dist } = await project();
    await writeFile(join(dist, 'index.html'), '');
    await writeFile(join(dist, 'handout.html'), '');
    for (const file of ['slides', 'slides/01-title.ts', 'src']) await at(join(root, file), 1000);
    await at(join(dist, 'index.html'), 2000);
    await at(join(dist, 'handout.html'), 2000);
    await at(join(root, 'src', 'export', 'cli.ts'), 3000);
    await at(join(root, 'src', 'export'), 3000);
    expect(buildIsStale(root, dist)).toBe(false);
  });
});
