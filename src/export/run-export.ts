import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { DECK_META_FILE } from '../constants.ts';
import { PartialWriteError, temporaryPath, writeFilesAtomically } from '../node/atomic-write.ts';
import { prepareOutputFolder } from '../node/output-folder.ts';
import type { Capture } from './capture.ts';
import type { Cleanups } from './cleanups.ts';
import { TIME_LIMITS, withinTime } from './time-limit.ts';
import type { DeckMeta, ExportSettings, Writer, WrittenFile } from './writer.ts';
import { WRITERS, type Format } from './writers/index.ts';

export interface ExportRequest extends Omit<ExportSettings, 'meta'> {
  readonly formats: readonly Format[];
  /** The folder of the deck's slides (what the build reads). */
  readonly deckDir: string;
  /** The output folder as the user gave it: printed like that, resolved against `cwd`. */
  readonly outDir: string;
  readonly cwd: string;
  /** --chromium, if given (else the usual search: see find-chromium.ts). */
  readonly chromiumPath: string | undefined;
  readonly rebuild: boolean;
}

export interface ExportedFile {
  /** The path as the user would write it: under the output folder as given. */
  readonly shown: string;
  readonly bytes: number;
  readonly summary: string;
}

/** The capture of an export without a browser: a writer that says it needs none never asks it for a view. */
const NO_BROWSER: Capture = {
  browserVersion: 'none',
  view: (path) => Promise.reject(new Error(`a writer that declared needsBrowser: false asked for ${path}`)),
  release: () => undefined,
};

/**
 * The export: check the output folder, start Chromium while the build is checked, capture the
 * built deck once, let each writer make its file in memory, then put every file in place in one
 * atomic step. Progress goes to `report`; everything started is closed through `cleanups`.
 */
export async function runExport(request: ExportRequest, cleanups: Cleanups, report: (line: string) => void): Promise<ExportedFile[]> {
  const folder = resolve(request.cwd, request.outDir);
  await withinTime('Checking the output folder', TIME_LIMITS.write, prepareOutputFolder(folder, request.outDir));
  // If the export is stopped while files are staged, their temporary copies go too.
  const staged: string[] = [];
  cleanups.add(() => Promise.all(staged.map((path) => rm(temporaryPath(path), { force: true }))).then(() => undefined));

  // Loaded only now: a bad output folder is reported before the browser and the bundler load.
  const [{ findChromium }, { buildIfNeeded }, { startBrowser }] = await Promise.all([
    import('../node/find-chromium.ts'),
    import('./build-if-needed.ts'),
    import('./capture.ts'),
  ]);
  // Chromium starts only if a writer will look at the deck (the one-file HTML does not).
  const needsBrowser = request.formats.some((format) => WRITERS[format].needsBrowser !== false);
  const chromium = needsBrowser ? findChromium(request.chromiumPath) : undefined;
  const browser = chromium && startBrowser(chromium, cleanups);
  const buildStarted = performance.now();
  const built = await withinTime('Building the deck', TIME_LIMITS.build, buildIfNeeded(request.projectDir, request.deckDir, request.distDir, request.rebuild));
  const distName = `${relative(request.projectDir, request.distDir)}/`;
  report(built ? `build: built ${distName} in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s` : `build: ${distName} is up to date`);
  // The deck's metadata, as the build wrote it: the files' names and properties.
  const settings: ExportSettings = { ...request, meta: await readDeckMeta(request.distDir) };
  const targets = await prepareTargets(request, settings.meta, folder);
  staged.push(...targets.map((target) => target.path));

  const users = targets.filter((target) => target.writer.needsBrowser !== false).length;
  const shared = browser ? await browser.capture(request.distDir, users) : undefined;
  if (chromium && shared) report(`browser: ${shared.browserVersion} (${chromium.path}, found via ${chromium.via})`);
  const written: OutputFile[] = [];
  const reported: ExportedFile[] = [];
  for (const target of targets) {
    report(`${target.format}: writing ${target.shown}`);
    const capture = shared && target.writer.needsBrowser !== false ? shared.forWriter() : NO_BROWSER;
    const file = await target.writer.write(capture, settings);
    capture.release(); // its file is made: Chromium may close once no other writer needs it
    for (const notice of file.notices ?? []) report(`${target.format}: ${notice}`);
    const files = filesOf(target, file);
    written.push(...files);
    staged.push(...files.map((output) => output.path));
    // A format with a folder of its own is reported as the folder.
    const bytes = files.reduce((sum, output) => sum + output.bytes.length, 0);
    reported.push({ shown: target.writer.folder ? `${dirname(target.shown)}/` : target.shown, bytes, summary: file.summary });
  }
  const previous = await listedBefore(targets);
  await writeAll(written);
  await removeStale(previous, new Set(written.map((file) => file.path)), report);
  return reported;
}

interface Target {
  readonly format: Format;
  readonly writer: Writer;
  /** The main file's path, and as the user would write it. */
  readonly path: string;
  readonly shown: string;
}

interface OutputFile {
  readonly path: string;
  readonly shown: string;
  readonly bytes: Uint8Array;
}

/** The deck's metadata from its build (deck.json beside the pages). */
async function readDeckMeta(distDir: string): Promise<DeckMeta> {
  const path = join(distDir, DECK_META_FILE);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DeckMeta;
  } catch (error) {
    throw new Error(`the built deck has no readable ${DECK_META_FILE} (${path}): build it again with --rebuild.`, { cause: error });
  }
}

/** Names every main file in the (checked) output folder, and checks each format's own folder. */
async function prepareTargets(request: ExportRequest, meta: DeckMeta, folder: string): Promise<Target[]> {
  const targets = request.formats.map((format): Target => {
    const writer: Writer = WRITERS[format];
    const name = join(writer.folder?.(meta) ?? '', writer.fileName(meta));
    return { format, writer, path: join(folder, name), shown: join(request.outDir, name) };
  });
  for (const target of targets.filter((candidate) => candidate.writer.folder)) {
    await withinTime('Checking the output folder', TIME_LIMITS.write, prepareOutputFolder(dirname(target.path), dirname(target.shown)));
  }
  return targets;
}

/** A writer's main file, and its further files beside it. */
function filesOf(target: Target, file: WrittenFile): OutputFile[] {
  const beside = (name: string): { path: string; shown: string } => ({ path: join(dirname(target.path), name), shown: join(dirname(target.shown), name) });
  return [{ path: target.path, shown: target.shown, bytes: file.bytes }, ...(file.more ?? []).map((more) => ({ ...beside(more.name), bytes: more.bytes }))];
}

/** Puts every file in place in one atomic step; a failure part-way names what was replaced as the user named it. */
async function writeAll(written: readonly OutputFile[]): Promise<void> {
  try {
    await withinTime('Writing the files', TIME_LIMITS.write, writeFilesAtomically(written));
  } catch (error) {
    if (error instanceof PartialWriteError) {
      const shown = error.replaced.map((path) => written.find((file) => file.path === path)?.shown ?? path);
      throw new PartialWriteError(error.reason, shown);
    }
    throw error;
  }
}

/** The further files each earlier main file (e.g. a list of images) names, by the main file's path. */
async function listedBefore(targets: readonly Target[]): Promise<Map<string, string[]>> {
  const listed = new Map<string, string[]>();
  for (const { writer, path } of targets) {
    if (!writer.listedIn) continue;
    const previous = await readFile(path, 'utf8').catch(() => '');
    listed.set(
      path,
      writer.listedIn(previous).map((name) => join(dirname(path), name)),
    );
  }
  return listed;
}

/** Removes what an earlier export listed and this one did not write again; a failure is a notice, not a failed export. */
async function removeStale(listed: ReadonlyMap<string, string[]>, written: ReadonlySet<string>, report: (line: string) => void): Promise<void> {
  const stale = [...listed.values()].flat().filter((path) => !written.has(path));
  for (const path of stale)
    await rm(path, { force: true }).catch((error: unknown) => report(`could not remove ${path}, left from an earlier export: ${String(error)}`));
}
