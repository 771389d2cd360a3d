/**
 * The engine with other content: examples/minimal, three slides on another subject, built,
 * exported and presented with the briefing's own commands (--deck), into a build folder of its
 * own. The briefing's build and exports are not touched.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { deckLabels } from '../../examples/minimal/labels.ts';
import { deckMeta } from '../../examples/minimal/meta.ts';
import { DECK_META_FILE, READY_SELECTOR } from '../../src/constants.ts';
import { deckSlides } from './deck.ts';
import { exportCommand } from './script-command.ts';
import { startPresenting } from './present-server.ts';
import { PROJECT_DIR } from './project-copy.ts';

const run = promisify(execFile);
const EXAMPLE = 'examples/minimal';
const deck = await deckSlides(EXAMPLE);
const titles = deck.map((slide) => slide.title);

test('npm run export -- --deck builds the example deck into dist-examples-minimal/ and writes its files under its own name', async () => {
  test.setTimeout(120_000);
  const briefingBuilt = (await stat(join(PROJECT_DIR, 'dist', 'index.html'))).mtimeMs;
  const outDir = await mkdtemp(join(tmpdir(), 'deck-example-'));
  const [node = process.execPath, ...args] = await exportCommand(PROJECT_DIR);
  const { stdout } = await run(node, [...args, '--deck', EXAMPLE, '--only', 'slides,pptx', '--out', outDir, '--rebuild'], { cwd: PROJECT_DIR });
  expect(stdout).toContain('build: built dist-examples-minimal/');
  expect((await readdir(outDir)).sort()).toEqual([`${deckMeta.slug}.pdf`, `${deckMeta.slug}.pptx`]);
  const meta = JSON.parse(await readFile(join(PROJECT_DIR, 'dist-examples-minimal', DECK_META_FILE), 'utf8')) as { title: string };
  expect(meta.title).toBe(deckMeta.title);

  const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(outDir, `${deckMeta.slug}.pdf`))));
  const { text } = await extractText(pdf, { mergePages: false });
  expect(text).toHaveLength(deck.length);
  for (const [index, title] of titles.entries()) expect(text[index]).toContain(title);
  expect(text[0]).toContain(deckLabels.titleKicker.toUpperCase());
  const zip = await JSZip.loadAsync(await readFile(join(outDir, `${deckMeta.slug}.pptx`)));
  expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(deck.length);
  // The briefing's own build is as it was.
  expect((await stat(join(PROJECT_DIR, 'dist', 'index.html'))).mtimeMs).toBe(briefingBuilt);
});

test('npm run present -- --deck serves the example deck, and says which deck it presents', async ({ page }) => {
  test.setTimeout(90_000);
  const presenting = await startPresenting(['--deck', EXAMPLE]);
  try {
    expect(presenting.output()).toContain(`Presenting "${deckMeta.title}"`);
    await page.goto(presenting.deck);
    await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
    await expect(page.locator('.reveal .slides > section')).toHaveCount(deck.length);
    await expect(page.locator('section#title h1')).toHaveText(titles[0] ?? '');
    await expect(page.locator('section#title .kicker')).toHaveText(deckLabels.titleKicker);
  } finally {
    await presenting.stop();
  }
});

test('--deck with a folder that is not there is one sentence, for the export and for present', async () => {
  const [node = process.execPath, ...args] = await exportCommand(PROJECT_DIR);
  const failed = await run(node, [...args, '--deck', 'examples/nowhere', '--out', await mkdtemp(join(tmpdir(), 'deck-example-'))], { cwd: PROJECT_DIR }).then(
    () => undefined,
    (error: { stderr?: string }) => error.stderr ?? '',
  );
  expect(failed).toContain('there is no deck folder examples/nowhere: --deck takes a folder of slides like slides/.');
  await expect(startPresenting(['--deck', 'examples/nowhere'])).rejects.toThrow(/there is no deck folder examples\/nowhere/);
});
