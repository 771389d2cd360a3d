import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execute = promisify(execFile);

/** Child process ids of a process (Chromium and its helpers, for the export). */
export async function descendants(pid: number): Promise<number[]> {
  const { stdout } = await execute('ps', ['-e', '-o', 'pid=,ppid=']);
  const pairs = stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const visit = (parent: number): void => {
    for (const [child, ppid] of pairs) {
      if (ppid === parent && child !== undefined) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

/** Whether a process still runs (a zombie, ended but not yet reaped by init, does not). */
export async function isRunning(pid: number): Promise<boolean> {
  const state = await execute('ps', ['-o', 'stat=', '-p', String(pid)]).then(
    ({ stdout }) => stdout.trim(),
    () => '',
  );
  return state !== '' && !state.startsWith('Z');
}

/** Those of `pids` still running: poll it until it is empty. */
export async function stillRunning(pids: readonly number[]): Promise<number[]> {
  const running = await Promise.all(pids.map(isRunning));
  return pids.filter((_, index) => running[index]);
}

/**
 * How long a test waits for stopped processes to be gone before it fails: long enough for a
 * loaded machine. How fast they stop is measured by `npm run bench` (target: 2 s), not here.
 */
export const STOP_WAIT = { timeout: 15_000 } as const;
