/**
 * npm run export [-- options]: the deck as PDF files, slides and/or a handout with notes.
 * Run `npm run export -- --help` for the options.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deckMeta } from '../../slides/meta.ts';
import { PartialWriteError } from '../node/atomic-write.ts';
import type { PrintKind } from './print.ts';

const PROJECT_DIR = resolve(import.meta.dirname, '../..');
const DIST_DIR = join(PROJECT_DIR, 'dist');

const HELP = `Usage: npm run export -- [options]

Writes the deck as PDF: <out>/${deckMeta.slug}.pdf (the slides, one 16:9 page each) and
<out>/${deckMeta.slug}-notes.pdf (a portrait A4 handout: each slide with its speaker notes).
Builds the deck first if dist/ is missing or out of date.

Options:
  --only <slides|notes>  write just one of the two files
  --out <folder>         where to write them (default: exports)
  --chromium <path>      the Chromium or Chrome to print with (default: $CHROMIUM_PATH,
                         else Playwright's own, else a system Chromium)
  --rebuild              build the deck even if dist/ looks up to date
  -h, --help             show this help
`;

const FILE_NAMES: Record<PrintKind, string> = { slides: `${deckMeta.slug}.pdf`, notes: `${deckMeta.slug}-notes.pdf` };

class UsageError extends Error {}

interface Options {
  readonly kinds: readonly PrintKind[];
  readonly outDir: string;
  readonly chromiumPath: string | undefined;
  readonly rebuild: boolean;
  readonly help: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        out: { type: 'string', default: 'exports' },
        chromium: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { only, out, chromium: chromiumPath, rebuild, help } = parsed.values;
  if (only !== undefined && only !== 'slides' && only !== 'notes') {
    throw new UsageError(`--only takes "slides" or "notes", not "${only}".`);
  }
  return {
    kinds: only === undefined ? ['slides', 'notes'] : [only],
    outDir: resolve(process.cwd(), out),
    chromiumPath,
    rebuild,
    help,
  };
}

const log = (message: string): void => console.log(`export: ${message}`);

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A failure message's last line: which PDFs in the output folder changed, if any. */
function whatChanged(error: unknown): string {
  const replaced = error instanceof PartialWriteError ? error.replaced : [];
  if (replaced.length === 0) return 'No PDF was replaced: files already in the output folder are unchanged.';
  return `Replaced before the failure: ${replaced.map((path) => relative(process.cwd(), path)).join(', ')}; the other files are unchanged.`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

async function run(options: Options): Promise<void> {
  // Loaded here, not at the top, so that --help and usage errors answer at once.
  const [{ chromium }, { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM }] = await Promise.all([
    import('playwright-core'),
    import('../node/find-chromium.ts'),
  ]);
  const browserFound = findChromium(options.chromiumPath);
  // Chromium and its first page start while the rest loads and the deck is checked (or built).
  // This promise never rejects, so a failed start is reported where it is awaited.
  const launching = chromium.launch({ executablePath: browserFound.path, args: chromiumArgs() }).then(
    async (browser) => {
      try {
        return { browser, firstPage: await browser.newPage() };
      } catch (error) {
        await browser.close();
        return { failure: firstLine(error) };
      }
    },
    (error: unknown) => ({ failure: firstLine(error) }),
  );
  const printed: { path: string; bytes: Uint8Array; pages: number }[] = [];
  try {
    const [{ writeFilesAtomically }, { buildIfNeeded }, { finishPdf }, { printPdf }, { serveFolder }] = await Promise.all([
      import('../node/atomic-write.ts'),
      import('./build-if-needed.ts'),
      import('./pdf-document.ts'),
      import('./print.ts'),
      import('../node/static-server.ts'),
    ]);
    const buildStarted = performance.now();
    const built = await buildIfNeeded(PROJECT_DIR, DIST_DIR, options.rebuild);
    log(built ? `build: built dist/ in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s` : 'build: dist/ is up to date');

    const launched = await launching;
    if ('failure' in launched) {
      throw new Error(`Chromium at ${browserFound.path} (found via ${browserFound.via}) did not start: ${launched.failure}\n${HOW_TO_GET_CHROMIUM}`);
    }
    const { browser, firstPage } = launched;
    const pages = [firstPage];
    log(`browser: Chromium ${browser.version()} (${browserFound.path}, found via ${browserFound.via})`);
    const server = await serveFolder(DIST_DIR);
    try {
      for (const kind of options.kinds) {
        const path = join(options.outDir, FILE_NAMES[kind]);
        log(`${kind}: printing ${relative(process.cwd(), path)}`);
        const page = pages.pop() ?? (await browser.newPage());
        const pdf = await printPdf(page, server.url, kind).finally(() => page.close());
        const finished = await finishPdf(pdf.bytes, pdf.slides, deckMeta, kind === 'slides');
        printed.push({ path, bytes: finished.bytes, pages: finished.pages });
      }
    } finally {
      await server.close();
    }
    // Only now, with every file complete, does anything in the output folder change.
    await writeFilesAtomically(printed);
  } finally {
    const launched = await launching;
    if ('browser' in launched) await launched.browser.close();
  }

  console.log('Wrote:');
  for (const file of printed) {
    console.log(`  ${relative(process.cwd(), file.path)}  ${file.pages} pages  ${formatSize(file.bytes.length)}`);
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  try {
    await run(options);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`export failed: ${message}\n${whatChanged(error)}`);
    return 1;
  }
}

process.exitCode = await main();
