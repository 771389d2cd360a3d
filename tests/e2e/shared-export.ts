import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportCommand } from './export-command.ts';
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
 * Runs `npm run export` once, with every format, before any test (Playwright's global setup), and
 * records what it printed. The tests that only read the exported files share this one export.
 */
export async function runSharedExport(): Promise<void> {
  const outDir = join(exportRoot(), 'out');
  await mkdir(outDir, { recursive: true });
  const [command = process.execPath, ...args] = await exportCommand(PROJECT_DIR);
  let result: SharedExport;
  try {
    const { stdout, stderr } = await run(command, [...args, '--out', outDir], { cwd: PROJECT_DIR, env: process.env });
    result = { outDir, code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    result = { outDir, code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
  await writeFile(resultFile(), JSON.stringify(result));
}

/** The shared export's folder and output; if the export failed, its own message. */
export async function sharedExport(): Promise<SharedExport> {
  const result = JSON.parse(await readFile(resultFile(), 'utf8')) as SharedExport;
  if (result.code !== 0) throw new Error(`the run's shared export failed (exit ${result.code}):\n${result.stderr}`);
  return result;
}
