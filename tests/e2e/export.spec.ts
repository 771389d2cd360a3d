import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { deckMeta } from '../../slides/meta.ts';
import { CANVAS, READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { exportCommand } from './script-command.ts';
import { copyProject, PROJECT_DIR } from './project-copy.ts';
import { normalisePdfText as normalise } from './pdf-text.ts';
import { type SharedExport, sharedExport } from './shared-export.ts';

const run = promisify(execFile);
const slides = await deckSlides();
const SLIDES_PDF = `${deckMeta.slug}.pdf`;
const NOTES_PDF = `${deckMeta.slug}-notes.pdf`;

interface ExportResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command `npm run export` runs, in the project folder (as npm does), with these arguments. */
async function exportDeck(...args: string[]): Promise<ExportResult> {
  const [command = process.execPath, ...commandArgs] = await exportCommand(PROJECT_DIR);
  try {
    const { stdout, stderr } = await run(command, [...commandArgs, ...args], { cwd: PROJECT_DIR, env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * Text as PDF extraction gives it back: whitespace folded, no space after a dash where a line
 * broke, and the one apostrophe Skia maps to U+02BC in the serif font read as U+2019.
 */
/** For every font in the PDF, whether its glyphs are embedded in the file. */
function fontsEmbedded(pdf: PDFDocument): boolean[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((descriptor) => ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key))));
}

/** Text of each page, whitespace folded, so line breaks in the PDF do not matter. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text.map(normalise);
}

function bookmarkTitles(pdf: PDFDocument): string[] {
  const titles: string[] = [];
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  for (let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
    const title = item.lookup(PDFName.of('Title'));
    titles.push(title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title));
  }
  return titles;
}

/** Every link annotation of every page. */
function linkAnnotations(pdf: PDFDocument): PDFDict[] {
  return pdf.getPages().flatMap((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annotations?.asArray() ?? [])
      .map((ref) => pdf.context.lookup(ref, PDFDict))
      .filter((annotation) => annotation.get(PDFName.of('Subtype')) === PDFName.of('Link'));
  });
}

function linkTargets(pdf: PDFDocument): string[] {
  return pdf.getPages().flatMap((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annotations) return [];
    return annotations.asArray().flatMap((ref) => {
      const uri = pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString);
      return uri ? [uri.decodeText()] : [];
    });
  });
}

/**
 * Each slide's kicker as the PDF's text should give it back: letter-spaced capitals as one word,
 * not letters and gaps ("CON T E X T", as Chromium's headless shell prints them with font hinting on).
 */
const KICKERS = slides.flatMap((slide, index) => ('kicker' in slide && slide.kicker ? [[index, normalise(slide.kicker.toUpperCase())] as const] : []));

test.describe('npm run export', () => {
  // Every format, exported once for the whole run (tests/e2e/global-setup.ts).
  let outDir: string;
  let result: SharedExport;

  test.beforeAll(async () => {
    result = await sharedExport();
    ({ outDir } = result);
  });

  test('reports each file with its page count and size', () => {
    expect(result.stderr).not.toContain('export failed');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/export: browser: Chromium \d+/);
    expect(result.stdout).toContain(`export: slides: writing ${join(outDir, SLIDES_PDF)}`);
    expect(result.stdout).toMatch(new RegExp(`\\n  ${join(outDir, SLIDES_PDF)}\\s+${slides.length} pages\\s+\\d+ KB`));
    expect(result.stdout).toMatch(new RegExp(`${NOTES_PDF}\\s+\\d+ pages\\s+\\d+ KB`));
    expect(result.stdout).toMatch(new RegExp(`${deckMeta.slug}\\.html\\s+one file\\s+\\d+ KB`));
  });

  test('the slides PDF has one 16:9 page per slide, each with its title, as selectable text', async () => {
    const bytes = await readFile(join(outDir, SLIDES_PDF));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(slides.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(width / height).toBeCloseTo(16 / 9, 3);
    }
    const texts = await pageTexts(bytes);
    for (const [index, slide] of slides.entries()) expect(texts[index]).toContain(normalise(slide.title));
    for (const [index, kicker] of KICKERS) expect(texts[index], `slide ${index + 1}`).toContain(kicker);
  });

  test('the slides PDF has metadata, a bookmark per slide, tags, embedded fonts and clickable source links', async () => {
    const pdf = await PDFDocument.load(await readFile(join(outDir, SLIDES_PDF)), { updateMetadata: false });
    expect(pdf.getTitle()).toBe(deckMeta.title);
    expect(pdf.getAuthor()).toBe(deckMeta.author);
    expect(pdf.getSubject()).toBe(deckMeta.subject);
    expect(pdf.getKeywords()).toContain('CIS-MOA');
    expect(pdf.getCreationDate()).toBeInstanceOf(Date);
    expect(bookmarkTitles(pdf)).toEqual(slides.map((slide) => slide.title));
    expect(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
    const embedded = fontsEmbedded(pdf);
    expect(embedded.length).toBeGreaterThanOrEqual(3);
    expect(embedded.every(Boolean)).toBe(true);
    const sources = slides.find((slide) => slide.layout === 'sources');
    const urls = sources?.layout === 'sources' ? sources.sources.map((source) => source.url) : [];
    expect(urls.length).toBeGreaterThan(0);
    expect(linkTargets(pdf)).toEqual(expect.arrayContaining(urls));
    // PDF/UA-1: XMP metadata with the title and the PDF/UA identifier; alternate text on every link.
    const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
    const xmp = metadata instanceof PDFRawStream ? Buffer.from(metadata.getContents()).toString('utf8') : '';
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${deckMeta.title.replace(/&/g, '&amp;')}</rdf:li>`);
    const descriptions = linkAnnotations(pdf).map((link) => {
      const contents = link.lookup(PDFName.of('Contents'));
      return contents instanceof PDFHexString || contents instanceof PDFString ? contents.decodeText() : '';
    });
    expect(descriptions.length).toBeGreaterThanOrEqual(urls.length);
    expect(descriptions.filter((text) => !text.startsWith('Link to '))).toEqual([]);
  });

  test('the handout has every slide with all of its notes, on portrait pages, with bookmarks', async () => {
    const bytes = await readFile(join(outDir, NOTES_PDF));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(slides.length);
    const { width, height } = pdf.getPage(0).getSize();
    expect(height).toBeGreaterThan(width);
    expect(pdf.getTitle()).toBe(deckMeta.title);
    expect(bookmarkTitles(pdf)).toEqual(slides.map((slide) => slide.title));
    const text = (await pageTexts(bytes)).join(' ');
    for (const slide of slides) {
      for (const paragraph of slide.notes.split('\n\n')) expect(text).toContain(normalise(paragraph));
    }
    // The slide pictures' text too: small, letter-spaced capitals are the first to come apart.
    for (const [index, kicker] of KICKERS) expect(text, `slide ${index + 1}'s picture`).toContain(kicker);
  });
});

test('--help lists the options', async () => {
  const help = await exportDeck('--help');
  expect(help.code).toBe(0);
  for (const option of ['--only <slides|notes|pptx', '--out <folder>', '--paper <a4|letter>', '--chromium <path>', '--debug'])
    expect(help.stdout).toContain(option);
});

test('an unknown option is a usage error', async () => {
  const bad = await exportDeck('--only', 'everything');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--only takes "slides" or "notes" or "pptx"');
  expect(bad.stderr).toContain(', not "everything".');
});

test('a bogus Chromium path fails at once with how to provide one', async () => {
  const failed = await exportDeck('--chromium', '/nowhere/chromium', '--out', await mkdtemp(join(tmpdir(), 'deck-export-')));
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('--chromium /nowhere/chromium: no such file.');
  expect(failed.stderr).toContain('npx playwright install chromium');
  expect(failed.stderr).toContain('apt-get install chromium');
});

test('Chromium that does not start is reported, and the existing PDF is left as it was', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'deck-export-'));
  const previous = new TextEncoder().encode('%PDF-1.7 the previous, good export');
  await writeFile(join(outDir, SLIDES_PDF), previous);
  // A file that exists but is not a browser: the export gets past its checks and fails launching it.
  const failed = await exportDeck('--chromium', '/bin/false', '--only', 'slides', '--out', outDir);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('export failed: Chromium at /bin/false (found via --chromium) did not start');
  expect(failed.stderr).toContain('No file was replaced');
  expect(new Uint8Array(await readFile(join(outDir, SLIDES_PDF)))).toEqual(previous);
});

test('a failure after printing, while putting the files in place, leaves the existing PDFs intact', async () => {
  test.setTimeout(60_000);
  const outDir = await mkdtemp(join(tmpdir(), 'deck-export-'));
  const previousNotes = new TextEncoder().encode('%PDF-1.7 the previous, good handout');
  await writeFile(join(outDir, NOTES_PDF), previousNotes);
  // Both PDFs print (two formats are enough to put several files in place at once); then the
  // slides PDF cannot be renamed into place (a non-empty folder is there).
  await mkdir(join(outDir, SLIDES_PDF));
  await writeFile(join(outDir, SLIDES_PDF, 'keep'), 'not a PDF');
  const failed = await exportDeck('--only', 'slides,notes', '--out', outDir);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toContain('notes: writing');
  expect(failed.stderr).toContain('No file was replaced');
  expect(new Uint8Array(await readFile(join(outDir, NOTES_PDF)))).toEqual(previousNotes);
  expect((await readdir(outDir)).sort()).toEqual([SLIDES_PDF, NOTES_PDF].sort());
});

test('--paper sets the handout page size: A4 by default, Letter on request', async () => {
  const pageSize = async (folder: string): Promise<{ width: number; height: number }> => {
    const pdf = await PDFDocument.load(await readFile(join(folder, NOTES_PDF)), { updateMetadata: false });
    const { width, height } = pdf.getPage(0).getSize();
    return { width: Math.round(width), height: Math.round(height) };
  };
  // The default: the run's shared export, made without --paper.
  const byDefault = await sharedExport();
  const letterDir = await mkdtemp(join(tmpdir(), 'deck-export-'));
  const letter = await exportDeck('--only', 'notes', '--paper', 'letter', '--out', letterDir);
  expect(letter.stderr).toBe('');
  expect({ a4: await pageSize(byDefault.outDir), letter: await pageSize(letterDir) }).toEqual({
    a4: { width: 595, height: 842 },
    letter: { width: 612, height: 792 },
  });
});

/** PNG width and height, from its header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('--only png writes one image per slide, every build step shown, named by position and id, with a list of titles and alt text', async ({ browser }) => {
  test.setTimeout(90_000);
  const outDir = await mkdtemp(join(tmpdir(), 'deck-export-'));
  // An earlier export's image of a slide since removed goes (its list names it); the user's own files stay.
  const images = join(outDir, `${deckMeta.slug}-images`);
  await mkdir(images);
  await writeFile(join(images, '99-removed-slide.png'), 'an old image');
  await writeFile(join(images, 'slides.txt'), 'Old: slide images\n\n99-removed-slide.png\n  Title: Removed\n  Alt text: Gone\n');
  await writeFile(join(images, '2023-map.png'), 'mine');
  await writeFile(join(images, 'my notes.txt'), 'mine');
  // At the default scale: capture.spec.ts captures at twice the canvas (--scale 2), which costs this
  // machine four times the pixels to draw and compare for every slide.
  const result = await exportDeck('--only', 'png', '--out', outDir);
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(new RegExp(`${deckMeta.slug}-images/\\s+${slides.length} images, 1920 × 1080\\s+[\\d.]+ [KM]B`));
  const folder = join(outDir, `${deckMeta.slug}-images`);
  const names = slides.map((slide, index) => `${String(index + 1).padStart(2, '0')}-${slide.id}.png`);
  expect((await readdir(folder)).sort()).toEqual([...names, '2023-map.png', 'my notes.txt', 'slides.txt'].sort());
  for (const name of names) expect(pngSize(await readFile(join(folder, name))), name).toEqual({ width: 1920, height: 1080 });
  const list = await readFile(join(folder, 'slides.txt'), 'utf8');
  for (const [index, slide] of slides.entries()) expect(list).toContain(`${names[index]}\n  Title: ${slide.title}\n  Alt text: `);

  // The synthesis (two build steps) against the deck's own print view, captured by Playwright.
  const index = slides.findIndex((slide) => slide.layout === 'synthesis');
  const context = await browser.newContext({ viewport: CANVAS });
  const page = await context.newPage();
  await page.goto('./?print-pdf');
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  // The same part of the page, as the export takes it: the slide scrolled to the top of a canvas-sized window.
  await page.locator(`section#${slides[index]?.id}`).evaluate((section) => window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY));
  const deckShot = await page.screenshot();
  const exported = await readFile(join(folder, names[index] ?? 'missing'));
  await page.goto('about:blank');
  const difference = await page.evaluate(comparePngs, {
    a: `data:image/png;base64,${Buffer.from(exported).toString('base64')}`,
    b: `data:image/png;base64,${deckShot.toString('base64')}`,
    block: BLOCK,
  });
  await context.close();
  // A build step left out, a slide moved or cut, changes whole blocks by far more than this.
  expect(difference.worst, difference.where).toBeLessThan(0.08);
});

/** The side of the square blocks the images are compared by, in image pixels. */
const BLOCK = 16;

/**
 * Runs in the page: how two PNGs (data URLs) differ, block by block (the mean colour of each
 * 16 × 16 block of pixels): the worst block's difference per colour channel, 0 to 1 (1 if the
 * sizes differ), and where it is. Blocks, not pixels: two renderings of the same slide may
 * anti-alias text a little differently, while anything missing or moved changes whole blocks.
 */
async function comparePngs({ a, b, block }: { a: string; b: string; block: number }): Promise<{ worst: number; where: string }> {
  const decode = async (source: string): Promise<ImageData> => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context2d = canvas.getContext('2d');
    context2d?.drawImage(image, 0, 0);
    return context2d?.getImageData(0, 0, image.width, image.height) ?? new ImageData(1, 1);
  };
  const blockMeans = ({ data, width, height }: ImageData): Float64Array => {
    const columns = Math.ceil(width / block);
    const sums = new Float64Array(columns * Math.ceil(height / block) * 3);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const cell = (Math.floor(y / block) * columns + Math.floor(x / block)) * 3;
        for (let channel = 0; channel < 3; channel += 1) sums[cell + channel] = (sums[cell + channel] ?? 0) + (data[(y * width + x) * 4 + channel] ?? 0);
      }
    }
    return sums.map((sum) => sum / (block * block * 255));
  };
  const [first, second] = await Promise.all([decode(a), decode(b)]);
  if (first.width !== second.width || first.height !== second.height) {
    return { worst: 1, where: `sizes differ: ${first.width} × ${first.height} and ${second.width} × ${second.height}` };
  }
  const [one, two] = [blockMeans(first), blockMeans(second)];
  let worst = 0;
  let at = 0;
  one.forEach((value, index) => {
    const difference = Math.abs(value - (two[index] ?? 0));
    if (difference > worst) [worst, at] = [difference, index];
  });
  const columns = Math.ceil(first.width / block);
  const cell = Math.floor(at / 3);
  return { worst, where: `worst block at (${(cell % columns) * block}, ${Math.floor(cell / columns) * block}) of ${first.width} × ${first.height}` };
}

test('the export compiles itself once, and again only when a file it is made from changes', async () => {
  test.setTimeout(90_000);
  const project = await copyProject();
  const [command = process.execPath, ...args] = await exportCommand(project);
  const help = (): Promise<unknown> => run(command, [...args, '--help'], { cwd: project });
  await help();
  const cache = join(project, 'node_modules/.cache/deck-export');
  const [folder = ''] = await readdir(cache);
  const compiled = join(cache, folder, 'cli.mjs');
  const sources = Object.keys(JSON.parse(await readFile(join(cache, folder, 'sources.json'), 'utf8')) as Record<string, number>);
  // The build's own list of what it read: the CLI's modules, no packages (the lock file stands for them), and no deck (it reads the built deck.json).
  expect(sources).toEqual(expect.arrayContaining([join(project, 'src/export/cli.ts'), join(project, 'package-lock.json')]));
  expect(sources.filter((source) => source.startsWith(join(project, 'slides')))).toEqual([]);
  expect(sources.filter((source) => !source.startsWith(project) || source.includes('node_modules'))).toEqual([]);
  const first = (await stat(compiled)).mtimeMs;
  await help();
  expect((await stat(compiled)).mtimeMs).toBe(first);
  // A later change to one of those files (not to others) compiles it again.
  const later = new Date(Date.now() + 5_000);
  await utimes(join(project, 'slides/01-title.ts'), later, later);
  await help();
  expect((await stat(compiled)).mtimeMs).toBe(first);
  await utimes(join(project, 'src/export/options.ts'), later, later);
  await help();
  expect((await stat(compiled)).mtimeMs).toBeGreaterThan(first);
  await rm(project, { recursive: true, force: true });
});
