/**
 * How fast a stopped export stops: `kill` (SIGTERM) of the export's own process, and of the
 * `npm run export` that a user started, once Chromium is up and the first file is being written.
 * Measured from the signal to the export's exit and to the end of every process it started.
 * The tests check that it stops and what it leaves; the time is measured here (target: 2 s).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { descendants, stillRunning } from '../tests/e2e/processes.ts';
import { startPresenting } from '../tests/e2e/present-server.ts';

export interface StopTiming {
  /** Ms from the signal to the exit of the process signalled. */
  readonly exit: number;
  /** Ms from the signal until no process it had started runs any more. */
  readonly allEnded: number;
}

/** Resolves once the export prints that it is writing its first file. */
function midExport(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('slides: writing')) resolve();
    });
    child.on('exit', () => reject(new Error(`the export ended before writing:\n${stdout}`)));
  });
}

async function untilEnded(pids: readonly number[]): Promise<void> {
  while ((await stillRunning(pids)).length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Starts `command`, stops it with SIGTERM mid-export, and times how it ends. */
export async function timeStop(root: string, command: string, args: readonly string[]): Promise<StopTiming> {
  const out = await mkdtemp(join(tmpdir(), 'deck-bench-stop-'));
  try {
    const child = spawn(command, [...args, '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await midExport(child);
    const started = await descendants(child.pid ?? -1);
    const signalled = performance.now();
    child.kill('SIGTERM');
    await exited;
    const exit = performance.now() - signalled;
    await untilEnded(started);
    return { exit, allEnded: performance.now() - signalled };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Starts `npm run present`, stops npm with SIGTERM once it serves, and times how the server ends. */
export async function timePresentStop(): Promise<StopTiming> {
  const presenting = await startPresenting([], true);
  const started = [presenting.child.pid ?? -1, ...(await descendants(presenting.child.pid ?? -1))];
  const signalled = performance.now();
  const exited = presenting.stop();
  await exited;
  const exit = performance.now() - signalled;
  await untilEnded(started);
  return { exit, allEnded: performance.now() - signalled };
}
