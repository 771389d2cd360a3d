import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { stageFile } from '../../src/node/atomic-write.ts';
import { exportCommand } from './script-command.ts';
import { PROJECT_DIR } from './project-copy.ts';
import { runTempDir } from './temp-dir.ts';

const run = promisify(execFile);

export interface SharedExport {
  /** The folder the export wrote every format into. */
  readonly outDir: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where the run's one full export lives: inside the run's temporary folder, so it goes with it. */
const exportRoot = (): string => join(runTempDir(), 'shared-export');
const resultFile = (): string => join(exportRoot(), 'result.json');

/**
 * Starts `npm run export` once, with every format, as the run begins (Playwright's global setup),
 * and records what it printed. It is not waited for there: it runs beside the first test files,
 * and the tests that read the exported files wait for it in sharedExport. Returns its end, for
 * the global teardown.
 */
export async function startSharedExport(): Promise<void> {
  const outDir = join(exportRoot(), 'out');
  await mkdir(outDir, { recursive: true });
  const [command = process.execPath, ...args] = await exportCommand(PROJECT_DIR);
  const finished = run(command, [...args, '--out', outDir], { cwd: PROJECT_DIR, env: process.env }).then(
    ({ stdout, stderr }): SharedExport => ({ outDir, code: 0, stdout, stderr }),
    (error: unknown): SharedExport => {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { outDir, code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    },
  );
  // Staged beside and renamed into place: a test waiting for the file never reads half of it.
  return finished.then(async (result) => {
    const staged = await stageFile(resultFile(), new TextEncoder().encode(JSON.stringify(result)));
    await staged.commit();
  });
}

/** The shared export's folder and output, once it has ended; if it failed, its own message. */
export async function sharedExport(): Promise<SharedExport> {
  await expect.poll(() => existsSync(resultFile()), { message: "the run's shared export to end", timeout: 120_000 }).toBe(true);
  const result = JSON.parse(await readFile(resultFile(), 'utf8')) as SharedExport;
  if (result.code !== 0) throw new Error(`the run's shared export failed (exit ${result.code}):\n${result.stderr}`);
  return result;
}
