import { parseArgs } from 'node:util';
import { PAPERS, type DeckMeta, type Paper } from './writer.ts';
import { FORMATS, WRITERS, type Format } from './writers/index.ts';

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
  readonly rebuild: boolean;
  readonly debug: boolean;
  readonly help: boolean;
}

export function helpText(meta: Pick<DeckMeta, 'slug'>): string {
  const formats = FORMATS.map((format) => `  ${format.padEnd(8)} ${WRITERS[format].description.replace('<slug>', meta.slug)}`).join('\n');
  return `Usage: npm run export -- [options]

Writes the deck into the output folder, in these formats (all by default):
${formats}
Builds the deck first if dist/ is missing or out of date. Nothing in the output folder changes
until every file is complete.

Options:
  --only <${FORMATS.join('|')}>  write just these formats (several: --only ${FORMATS.join(',')})
  --out <folder>         where to write them (default: exports)
  --paper <${PAPERS.join('|')}>    the handout's paper size (default: a4)
  --chromium <path>      the Chromium or Chrome to print with (default: $CHROMIUM_PATH,
                         else Playwright's own, else a system Chromium)
  --rebuild              build the deck even if dist/ looks up to date
  --debug                on failure, also show the stack trace (or set DECK_DEBUG=1)
  -h, --help             show this help
`;
}

const isFormat = (name: string): name is Format => (FORMATS as readonly string[]).includes(name);
const isPaper = (name: string): name is Paper => (PAPERS as readonly string[]).includes(name);

/** Reads the command line; throws a UsageError on anything it does not understand. */
export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        out: { type: 'string', default: 'exports' },
        paper: { type: 'string', default: 'a4' },
        chromium: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.find((name) => !isFormat(name));
  if (unknown !== undefined) throw new UsageError(`--only takes ${FORMATS.map((format) => `"${format}"`).join(' or ')}, not "${unknown}".`);
  if (!isPaper(values.paper)) throw new UsageError(`--paper takes ${PAPERS.map((paper) => `"${paper}"`).join(' or ')}, not "${values.paper}".`);
  if (values.out === '') throw new UsageError('--out needs a folder.');
  return {
    formats: only === undefined ? FORMATS : FORMATS.filter((format) => only.includes(format)),
    outDir: values.out,
    chromiumPath: values.chromium,
    paper: values.paper,
    rebuild: values.rebuild,
    debug: values.debug || Boolean(env['DECK_DEBUG']),
    help: values.help,
  };
}
