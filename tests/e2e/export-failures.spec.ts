/**
 * How the export fails: at once, with one plain sentence, the right exit code, no stack, and the
 * output folder as it was. Runs the command `npm run export` runs (see script-command.ts).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { deckMeta } from '../../slides/meta.ts';
import { exportCommand } from './script-command.ts';
import { descendants, STOP_WAIT, stillRunning } from './processes.ts';
import { copyProject, PROJECT_DIR } from './project-copy.ts';

const execute = promisify(execFile);
const SLIDES_PDF = `${deckMeta.slug}.pdf`;
const PREVIOUS = '%PDF-1.7 the previous, good export';

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to the end and reports how it ended. */
async function runToEnd(program: string, args: readonly string[], cwd = PROJECT_DIR): Promise<Result> {
  try {
    const { stdout, stderr } = await execute(program, [...args], { cwd, env: { ...process.env, DECK_DEBUG: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function exportDeck(args: readonly string[], projectDir = PROJECT_DIR): Promise<Result> {
  const [node = process.execPath, ...nodeArgs] = await exportCommand(projectDir);
  return runToEnd(node, [...nodeArgs, ...args], projectDir);
}

/** An output folder holding a previous export, to prove that a failure leaves it alone. */
async function folderWithPreviousExport(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deck-export-'));
  await writeFile(join(folder, SLIDES_PDF), PREVIOUS);
  return folder;
}

async function expectUnchanged(folder: string): Promise<void> {
  expect(await readdir(folder)).toEqual([SLIDES_PDF]);
  expect(await readFile(join(folder, SLIDES_PDF), 'utf8')).toBe(PREVIOUS);
}

const folderError = (shown: string, reason: string): string =>
  `export failed: cannot write to the output folder ${shown}: ${reason}. Choose another folder with --out <folder>.\n`;

test.describe('a bad output folder fails before any work, in one sentence', () => {
  test('a read-only folder (and a folder inside one), left unchanged', async () => {
    const folder = await folderWithPreviousExport();
    const [node = process.execPath, ...nodeArgs] = await exportCommand(PROJECT_DIR);
    const command = [node, ...nodeArgs].map((word) => `'${word}'`).join(' ');
    // A read-only bind mount of the folder, in a private mount namespace (no root needed).
    const inReadOnly = (out: string): Promise<Result> =>
      runToEnd('unshare', [
        '-Urm',
        'sh',
        '-c',
        `mount --bind '${folder}' '${folder}' && mount -o remount,ro,bind '${folder}' && exec ${command} --out '${out}'`,
      ]);
    for (const out of [folder, join(folder, 'sub')]) {
      const result = await inReadOnly(out);
      expect(result.stderr).toBe(folderError(out, 'it is on a read-only file system'));
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    }
    await expectUnchanged(folder);
  });

  test('--out naming a file', async () => {
    const folder = await folderWithPreviousExport();
    const out = join(folder, SLIDES_PDF);
    const result = await exportDeck(['--out', out]);
    expect(result.stderr).toBe(folderError(out, 'it, or a folder on its path, is a file'));
    expect(result.code).toBe(1);
    expect(result.stdout, 'no work started').toBe('');
    await expectUnchanged(folder);
  });

  test('a path that cannot be created (under /proc) fails at once instead of hanging', async () => {
    const result = await exportDeck(['--out', '/proc/forbidden']);
    expect(result.stderr).toBe(folderError('/proc/forbidden', 'it does not exist and cannot be created there'));
    expect(result.code).toBe(1);
    expect(result.stdout, 'no work started').toBe('');
  });

  test('a relative folder is named as given', async () => {
    const folder = await mkdtemp(join(PROJECT_DIR, '.test-out-'));
    const relativeName = `${folder.slice(PROJECT_DIR.length + 1)}/${SLIDES_PDF}`;
    await writeFile(join(folder, SLIDES_PDF), PREVIOUS);
    const result = await exportDeck(['--out', `${relativeName}/sub`]);
    expect(result.stderr).toBe(folderError(`${relativeName}/sub`, 'it, or a folder on its path, is a file'));
    await execute('rm', ['-r', folder]);
  });
});

for (const [signal, exitCode] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const) {
  // How fast it stops is measured by `npm run bench` (target: 2 s), not asserted here.
  test(`${signal} mid-export ends it: Chromium closed, exit ${exitCode}, output folder unchanged`, async () => {
    test.setTimeout(60_000);
    const folder = await folderWithPreviousExport();
    const [node = process.execPath, ...nodeArgs] = await exportCommand(PROJECT_DIR);
    const child = spawn(node, [...nodeArgs, '--out', folder], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Mid-export: Chromium is up and the first file is being written.
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('slides: writing')) resolve();
      }),
    );
    const pid = child.pid ?? -1;
    const browserProcesses = await descendants(pid);
    expect(browserProcesses.length).toBeGreaterThan(0);
    child.kill(signal);
    const code = await ended;
    expect(code).toBe(exitCode);
    expect(stderr).toContain(`export: stopped by ${signal}`);
    expect(stderr).not.toContain('export failed');
    await expect.poll(() => stillRunning(browserProcesses), STOP_WAIT).toEqual([]);
    await expectUnchanged(folder);
  });
}

test('kill of `npm run export` (npm, not the export) ends the export too: Chromium closed, output folder unchanged', async () => {
  test.setTimeout(60_000);
  const folder = await folderWithPreviousExport();
  // As a user starts it: npm runs the script through a shell, which a kill of npm does not pass on.
  const npm = spawn('npm', ['run', 'export', '--', '--out', folder], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve) =>
    npm.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('slides: writing')) resolve();
    }),
  );
  const started = await descendants(npm.pid ?? -1);
  expect(started.length).toBeGreaterThan(2); // the shell, the export, Chromium
  npm.kill('SIGTERM');
  await expect.poll(() => stillRunning(started), STOP_WAIT).toEqual([]);
  await expect.poll(() => stderr).toContain('export: stopped by the end of the process that started it (npm)');
  await expectUnchanged(folder);
});

test('a broken slide: the validation message, no bundler or Node stack, every line prefixed', async () => {
  test.setTimeout(90_000);
  const project = await copyProject();
  const slideFile = join(project, 'slides', (await readdir(join(project, 'slides'))).find((name) => name.startsWith('02-')) ?? '');
  const source = await readFile(slideFile, 'utf8');
  await writeFile(slideFile, source.replace(/\bid: '[^']*'/, "id: 'Not URL Safe'"));
  const folder = await folderWithPreviousExport();
  const result = await exportDeck(['--out', folder], project);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^export failed: the deck did not build:\nThe deck's content has \d+ problems?:\n/);
  expect(result.stderr).toContain('field `id`: "Not URL Safe" is not URL-safe.');
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node_modules|Build failed/);
  expect(result.stderr.trimEnd().endsWith('No file was replaced: files already in the output folder are unchanged.')).toBe(true);
  for (const line of result.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^export: /);
  await expectUnchanged(folder);
  // With --debug, whoever needs it gets the stack.
  const debug = await exportDeck(['--out', folder, '--debug'], project);
  expect(debug.stderr).toMatch(/\n\s+at /);
});

for (const [kind, edit, expected] of [
  [
    'a misspelt layout (a type error)',
    (source: string) => source.replace("layout: 'points'", "layout: 'pionts'"),
    /^export failed: the deck did not build:\nThe slides have 1 type error, in the type checker's words:\n {2}slides\/03-the-agreement\.ts:\d+:\d+: Type '"pionts"' is not assignable to type .*Did you mean '"points"'\? \(TS2820\)\n/,
  ],
  [
    'a missing comma (a syntax error)',
    (source: string) => source.replace("kicker: 'Context',", "kicker: 'Context'"),
    /^export failed: the deck did not build:\nThe slides have 1 type error, in the type checker's words:\n {2}slides\/03-the-agreement\.ts:\d+:\d+: ',' expected\. \(TS1005\)\n/,
  ],
] as const) {
  test(`${kind} in a slide: the type checker's message with file, line and column, once, no colour codes or stack`, async () => {
    test.setTimeout(90_000);
    const project = await copyProject();
    const slideFile = join(project, 'slides', '03-the-agreement.ts');
    await writeFile(slideFile, edit(await readFile(slideFile, 'utf8')));
    const folder = await folderWithPreviousExport();
    const result = await exportDeck(['--out', folder], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr.match(/slides\/03-the-agreement\.ts:/g)).toHaveLength(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what it looks for
    expect(result.stderr).not.toMatch(/\u001b\[|\n\s+at |node_modules/);
    await expectUnchanged(folder);
    await rm(project, { recursive: true, force: true });
  });
}

test('a slide too wordy to read from the back of the room: the build names the slide and the count, and nothing is replaced', async () => {
  test.setTimeout(90_000);
  const project = await copyProject();
  const slideFile = join(project, 'slides', (await readdir(join(project, 'slides'))).find((name) => name.startsWith('02-')) ?? '');
  const source = await readFile(slideFile, 'utf8');
  const extra = "    { label: 'One more part of the talk', detail: 'with a long line of detail that nobody at the back of the room can read' },\n";
  await writeFile(slideFile, source.replace(/( {2}items: \[\n)/, `$1${extra}${extra}`));
  const folder = await folderWithPreviousExport();
  const result = await exportDeck(['--out', folder], project);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    /^export failed: the deck did not build:\nThe deck's content has 1 problem:\n\s+slides\/02-roadmap\.ts \(slide "roadmap"\), field `visible text`: the slide shows \d+ words as rendered \(labels included, the source line aside\)\.\n\s+Fix: Cut it to 75 words or fewer/,
  );
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node_modules|PLUGIN_ERROR/);
  await expectUnchanged(folder);
  await rm(project, { recursive: true, force: true });
});
