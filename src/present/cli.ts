/**
 * npm run present [-- --lan] [-- --port N]: serves the built deck with a remote for the
 * presenter's phone and a follow address for the audience. This entry point reads the options,
 * builds if needed, prints the addresses and stops on Ctrl+C, kill or the end of npm.
 * launch.mjs compiles it and calls runCli.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { DECK_META_FILE } from '../constants.ts';
import type { DeckMeta } from '../model.ts';
import { buildIfNeeded } from '../export/build-if-needed.ts';
import { type DeckFolders, deckFolderProblem, deckFolders } from '../node/deck-folders.ts';
import { onParentEnd } from '../node/parent-process.ts';
import { lanAddresses } from './hosts.ts';
import { DEFAULT_PORT, PRESENT_HELP, PresentUsageError, parsePresentOptions } from './options.ts';
import { type PresentServer, startPresentServer } from './present-server.ts';
import { newSecret } from './secret.ts';

const log = (line: string): void => console.log(`present: ${line}`);

/** Listens on the port asked for; on the default port, if it is taken, on any free one. */
async function listen(root: string, port: number | undefined, lan: boolean, secret: string): Promise<PresentServer> {
  try {
    return await startPresentServer({ root, port: port ?? DEFAULT_PORT, lan, secret, log });
  } catch (error) {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    if (!inUse) throw error;
    if (port !== undefined) throw new PresentUsageError(`port ${port} is in use: choose another with --port, or 0 for any free port.`);
    return startPresentServer({ root, port: 0, lan, secret, log });
  }
}

/** The three addresses, and with --lan a QR code for each of the phone's. */
function addresses(server: PresentServer, lan: boolean, secret: string, title: string): string {
  const host = lan ? (lanAddresses()[0] ?? '127.0.0.1') : '127.0.0.1';
  const base = (name: string): string => `http://${name}:${server.port}/`;
  const remote = `${base(host)}remote.html#key=${secret}`;
  const follow = `${base(host)}?follow`;
  const lines = [
    `Presenting "${title}". Ctrl+C stops.`,
    '',
    `  Deck, on this computer:   ${base('127.0.0.1')}`,
    `  Remote, for your phone:   ${remote}`,
    `  Follow, for the audience: ${follow}`,
  ];
  if (!lan) return [...lines, '', 'Only this computer can connect. To use a phone, start it with: npm run present -- --lan'].join('\n');
  const qr = (title: string, url: string): string[] => ['', title, renderUnicodeCompact(url, { border: 1 })];
  return [...lines, ...qr('Remote (keep it to yourself):', remote), ...qr('Follow:', follow)].join('\n');
}

/** The deck --deck names (or slides/), which must exist. */
function builtDeck(projectDir: string, chosen: string | undefined): DeckFolders {
  const deck = deckFolders(projectDir, chosen);
  const problem = deckFolderProblem(deck);
  if (problem !== undefined) throw new PresentUsageError(problem);
  return deck;
}

async function present(projectDir: string): Promise<number> {
  const options = parsePresentOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(PRESENT_HELP);
    return 0;
  }
  const deck = builtDeck(projectDir, options.deck);
  if (await buildIfNeeded(projectDir, deck.deckDir, deck.distDir)) log(`built the deck (${relative(projectDir, deck.distDir)}/).`);
  const meta = JSON.parse(readFileSync(join(deck.distDir, DECK_META_FILE), 'utf8')) as DeckMeta;
  const secret = newSecret();
  const server = await listen(deck.distDir, options.port, options.lan, secret);
  console.log(addresses(server, options.lan, secret, meta.title));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    onParentEnd(resolve);
  });
  setTimeout(() => process.exit(0), 1500).unref(); // however the close goes
  await server.close();
  log('stopped. Decks already open go on working; their remotes and followers no longer follow.');
  return 0;
}

/** Presents until stopped; returns the exit code: 0, 2 for a usage error, 1 for any other failure. */
export async function runCli(projectDir: string): Promise<number> {
  try {
    return await present(projectDir);
  } catch (error) {
    console.error(`present: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof PresentUsageError ? 2 : 1;
  }
}
