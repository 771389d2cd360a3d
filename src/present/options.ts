import { parseArgs } from 'node:util';
import { optionTakenByNpm } from '../node/npm-options.ts';

export interface PresentCliOptions {
  readonly lan: boolean;
  /** The port asked for; undefined: the default, or any free one if it is taken. */
  readonly port: number | undefined;
  /** --deck: the folder of another deck's slides (default: slides/). */
  readonly deck: string | undefined;
  readonly help: boolean;
}

export const DEFAULT_PORT = 4180;

export class PresentUsageError extends Error {}

export const PRESENT_HELP = `npm run present [-- options]

Serves the built deck from this computer (building it first if needed) and prints three addresses:
the deck for this computer, a remote for your phone (it carries this run's secret key: keep it to
yourself) and a follow address for the audience's own screens.

Options:
  --lan        also listen on the local network, so that phones can connect; prints the remote and
               follow addresses with QR codes. Without it, only this computer can connect.
  --port N     the port to listen on (default ${DEFAULT_PORT}, or any free port if that one is taken;
               0 for any free port)
  --deck DIR   present another deck: a folder of slides like slides/ (default), built into
               dist-<its path, with dashes>/
  --help       this text

Ctrl+C stops it; the deck already open in a browser goes on working.`;

/** Reads the command line; throws a PresentUsageError on anything it does not understand. */
/** The options that npm, given them before `--`, would take for its own settings. */
const NPM_WOULD_TAKE = ['lan', 'port', 'deck'] as const;

export function parsePresentOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): PresentCliOptions {
  const takenByNpm = optionTakenByNpm('present', NPM_WOULD_TAKE, argv, env);
  if (takenByNpm !== undefined) throw new PresentUsageError(takenByNpm);
  let values: { lan?: boolean; port?: string; deck?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { lan: { type: 'boolean' }, port: { type: 'string' }, deck: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new PresentUsageError(`${error instanceof Error ? error.message : String(error)}. See npm run present -- --help.`);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new PresentUsageError(`--port takes a whole number from 0 to 65535, not "${values.port}".`);
  }
  if (values.deck === '') throw new PresentUsageError('--deck needs a folder of slides.');
  return { lan: values.lan === true, port, deck: values.deck, help: values.help === true };
}
