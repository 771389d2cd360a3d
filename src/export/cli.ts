/**
 * npm run export [-- options]: the deck as files (slides PDF, handout PDF, …). This entry point
 * only reads the options, reports progress and turns failures and signals into messages and
 * exit codes; run-export.ts does the work. launch.mjs compiles it and calls runCli.
 * `npm run export -- --help` lists the options.
 */
import { PartialWriteError } from '../node/atomic-write.ts';
import { onParentEnd } from '../node/parent-process.ts';
import { deckFolderProblem, deckFolders } from '../node/deck-folders.ts';
import { Cleanups } from './cleanups.ts';
import { helpText, parseOptions, UsageError, type Options } from './options.ts';

const log = (line: string): void => console.log(`export: ${line}`);

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The last line of a failure: which files in the output folder changed, if any. */
function whatChanged(error: unknown): string {
  const replaced = error instanceof PartialWriteError ? error.replaced : [];
  if (replaced.length === 0) return 'No file was replaced: files already in the output folder are unchanged.';
  return `Replaced before the failure: ${replaced.join(', ')}; the other files are unchanged.`;
}

function describe(error: unknown, debug: boolean): string {
  if (!(error instanceof Error)) return String(error);
  if (!debug) return error.message;
  const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.stack ?? error.cause.message}` : '';
  return `${error.stack ?? error.message}${cause}`;
}

/**
 * SIGINT and SIGTERM: close everything started, remove temporary files, exit 130 or 143 within
 * 2 s. The same when the process that started it ends: `kill` of `npm run export` ends npm and
 * its shell but not this process, which the system then adopts (its parent changes).
 */
function stopOnSignals(cleanups: Cleanups): { readonly stopping: () => boolean } {
  let stopping = false;
  const stop = (cause: string, code: number): void => {
    if (stopping) return;
    stopping = true;
    console.error(`export: stopped by ${cause}; closing Chromium and removing temporary files. No file was replaced.`);
    setTimeout(() => process.exit(code), 1500); // however the cleanup goes
    void cleanups.runAll(500).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop('SIGINT', 130));
  process.on('SIGTERM', () => stop('SIGTERM', 143));
  onParentEnd(() => stop('the end of the process that started it (npm)', 143));
  return { stopping: () => stopping };
}

async function run(options: Options, cleanups: Cleanups, projectDir: string): Promise<void> {
  // Loaded here, not at the top, so that --help and usage errors answer at once.
  const { runExport } = await import('./run-export.ts');
  const deck = deckFolders(projectDir, options.deck);
  const problem = deckFolderProblem(deck);
  if (problem !== undefined) throw new Error(problem);
  const files = await runExport(
    {
      deckDir: deck.deckDir,
      formats: options.formats,
      outDir: options.outDir,
      cwd: process.cwd(),
      projectDir,
      distDir: deck.distDir,
      chromiumPath: options.chromiumPath,
      rebuild: options.rebuild,
      paper: options.paper,
      scale: options.scale,
    },
    cleanups,
    log,
  );
  console.log('Wrote:');
  for (const file of files) console.log(`  ${file.shown}  ${file.summary}  ${formatSize(file.bytes)}`);
}

/** Runs the export for the project in `projectDir` with the process's arguments; returns the exit code. */
export async function runCli(projectDir: string): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`export: ${error.message}\n\n${helpText()}`);
    return 2;
  }
  if (options.help) {
    console.log(helpText());
    return 0;
  }
  const cleanups = new Cleanups();
  const signals = stopOnSignals(cleanups);
  try {
    await run(options, cleanups, projectDir);
    return 0;
  } catch (error) {
    if (signals.stopping()) return new Promise<number>(() => undefined); // the signal handler exits
    const { OutputFolderError } = await import('../node/output-folder.ts');
    const after = error instanceof OutputFolderError ? '' : `\n${whatChanged(error)}`;
    console.error(`export failed: ${describe(error, options.debug)}${after}`);
    return 1;
  } finally {
    if (!signals.stopping()) await cleanups.runAll();
  }
}
