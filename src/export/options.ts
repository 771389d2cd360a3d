import { parseArgs } from 'node:util';
import { CANVAS } from '../constants.ts';
import { optionTakenByNpm } from '../node/npm-options.ts';
import { PAPERS, type Paper } from './writer.ts';
import { DEFAULT_FORMATS, FORMATS, WRITERS, type Format } from './writers/index.ts';

/** A mistake on the command line: reported with the help text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Options {
  readonly formats: readonly Format[];
  /** As given (relative or absolute): printed like that. */
  readonly outDir: string;
  readonly chromiumPath: string | undefined;
  readonly paper: Paper;
  /** Pixels per canvas pixel for the slide images. */
  readonly scale: number;
  readonly rebuild: boolean;
  /** --deck: the folder of another deck's slides (default: slides/). */
  readonly deck: string | undefined;
  readonly debug: boolean;
  readonly help: boolean;
}

export function helpText(): string {
  const formats = FORMATS.map((format) => `  ${format.padEnd(8)} ${WRITERS[format].description}`).join('\n');
  return `Usage: npm run export -- [options]

Writes the deck into the output folder, in these formats (all but ${FORMATS.filter((format) => !DEFAULT_FORMATS.includes(format)).join(', ')} by default):
${formats}
<slug> is the deck's file-name stem (slug in its meta.ts). Builds the deck first if its build
(dist/, or dist-<path>/ for --deck) is missing or out of date. Nothing in the output folder changes until every file is complete.

Options:
  --only <${FORMATS.join('|')}>  write just these formats (several: --only ${FORMATS.join(',')},
                         or --only given more than once)
  --out <folder>         where to write them (default: exports)
  --paper <${PAPERS.join('|')}>    the handout's paper size, in any case (default: a4)
  --scale <1-${MAX_SCALE}>          pixels per canvas pixel for the slide images (default: 1,
                         ${CANVAS.width} × ${CANVAS.height}; 2 gives ${CANVAS.width * 2} × ${CANVAS.height * 2})
  --chromium <path>      the Chromium or Chrome to print with (default: $CHROMIUM_PATH,
                         else a system Chromium or Chrome, its headless shell first,
                         else Playwright's own)
  --deck <folder>        export another deck: a folder of slides like slides/ (default), built
                         into dist-<its path, with dashes>/
  --rebuild              build the deck even if its build looks up to date
  --debug                on failure, also show the stack trace (or set DECK_DEBUG=1)
  -h, --help             show this help
`;
}

const isFormat = (name: string): name is Format => (FORMATS as readonly string[]).includes(name);
const isPaper = (name: string): name is Paper => (PAPERS as readonly string[]).includes(name);

/** The export's options that npm, given them before `--`, would take for its own settings. */
const NPM_WOULD_TAKE = ['only', 'out', 'paper', 'scale', 'chromium', 'rebuild', 'deck'] as const;

/** The largest --scale: 4 × 1920 × 1080 pixels a side is as much as a PNG of a slide needs. */
const MAX_SCALE = 4;

/** The command line as parseArgs reads it (a mistake is a UsageError). */
function readArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string', multiple: true },
        out: { type: 'string', default: 'exports' },
        paper: { type: 'string', default: 'a4' },
        scale: { type: 'string', default: '1' },
        chromium: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        deck: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // npm hands a value after an option it took for itself (--paper letter) to the script.
    const hint =
      env.npm_lifecycle_event === 'export' && /Unexpected argument/.test(message)
        ? ' Through npm, put "--" before the export\'s options: npm run export -- --paper letter'
        : '';
    throw new UsageError(`${message}${hint}`);
  }
}

/** Reads the command line; throws a UsageError on anything it does not understand. */
export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Options {
  const takenByNpm = optionTakenByNpm('export', NPM_WOULD_TAKE, argv, env);
  if (takenByNpm !== undefined) throw new UsageError(takenByNpm);
  const values = readArgs(argv, env);
  const only = values.only?.flatMap((list) => list.split(',')).map((name) => name.trim().toLowerCase());
  const unknown = only?.find((name) => !isFormat(name));
  if (unknown !== undefined) throw new UsageError(`--only takes ${FORMATS.map((format) => `"${format}"`).join(' or ')}, not "${unknown}".`);
  const paper = values.paper.toLowerCase();
  if (!isPaper(paper)) throw new UsageError(`--paper takes ${PAPERS.map((name) => `"${name}"`).join(' or ')}, not "${values.paper}".`);
  if (values.out === '') throw new UsageError('--out needs a folder.');
  if (values.deck === '') throw new UsageError('--deck needs a folder of slides.');
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
    throw new UsageError(`--scale takes a whole number from 1 to ${MAX_SCALE}, not "${values.scale}".`);
  return {
    formats: only === undefined ? DEFAULT_FORMATS : FORMATS.filter((format) => only.includes(format)),
    outDir: values.out,
    chromiumPath: values.chromium,
    paper,
    scale,
    rebuild: values.rebuild,
    deck: values.deck,
    debug: values.debug || Boolean(env.DECK_DEBUG),
    help: values.help,
  };
}
