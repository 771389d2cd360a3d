import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { presentCommand } from './script-command.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A running `npm run present`: the addresses it printed, everything it printed, and how to stop it. */
export interface Presenting {
  readonly deck: string;
  readonly remote: string;
  readonly follow: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const address = (output: string, label: string): string => new RegExp(`${label}:\\s+(\\S+)`).exec(output)?.[1] ?? '';

/**
 * Starts the present server on a free port (`npm run present` itself with `viaNpm`) and resolves
 * once it has printed its addresses; rejects with its output if it ends first.
 */
export async function startPresenting(args: readonly string[] = [], viaNpm = false): Promise<Presenting> {
  const [command = 'npm', ...commandArgs] = viaNpm
    ? ['npm', 'run', 'present', '--', '--port', '0', ...args]
    : [...(await presentCommand(ROOT)), '--port', '0', ...args];
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolvePresenting, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!/Follow, for the audience:\s+\S+/.test(output)) return;
      resolvePresenting({
        deck: address(output, 'Deck, on this computer'),
        remote: address(output, 'Remote, for your phone'),
        follow: address(output, 'Follow, for the audience'),
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`npm run present ended (${code}) before printing its addresses:\n${output}`)));
  });
}
