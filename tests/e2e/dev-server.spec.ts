/**
 * The dev server checks the slides on start (before any browser connects), on every save, and
 * when a slide file is replaced by rename (git checkout, many editors), added or removed; the
 * page shows Vite's error overlay, then reloads once the problem is fixed. Runs a real dev server
 * on a copy of the project, so the real slides are never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { READY_SELECTOR } from '../../src/constants.ts';
import { descendants, STOP_WAIT, stillRunning } from './processes.ts';
import { copyProject, PROJECT_DIR } from './project-copy.ts';

interface DevServer {
  readonly url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function startDevServer(project: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  await expect.poll(() => output, { timeout: 20_000 }).toContain(url);
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      // Bounded: a server that does not stop is named, not waited for until the hook times out.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(resolve, STOP_WAIT.timeout, false);
      });
      const stopped = await Promise.race([exited.then(() => true), late]);
      clearTimeout(timer);
      if (!stopped) {
        child.kill('SIGKILL');
        throw new Error(`the dev server did not stop within ${STOP_WAIT.timeout / 1000} s of SIGTERM`);
      }
    },
  };
}

/** Replaces a file the way git checkout and many editors do: write a new file, rename it over. */
async function replaceByRename(path: string, text: string): Promise<void> {
  const temporary = `${path}.swap`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

const overlay = (page: Page) => page.locator('vite-error-overlay');

async function slideFile(project: string, prefix: string): Promise<string> {
  const name = (await readdir(join(project, 'slides'))).find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no slide ${prefix}*`);
  return join(project, 'slides', name);
}

const breakId = (source: string): string => source.replace(/\bid: '[^']*'/, "id: 'Not URL Safe'");
const PROBLEM = 'field `id`: "Not URL Safe" is not URL-safe.';
const VALID_AGAIN = 'The deck\u2019s content is valid again.';

/**
 * One dev server on one copy of the project, and then one page, for these tests, in order: the
 * server starts with a broken slide; from the second test on, each test leaves the slides as it
 * found them, and the page showing the deck again.
 */
test.describe('the dev server checks the slides on start and on every change, with or without a page open', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  let project: string;
  let server: DevServer | undefined;
  let page: Page | undefined;

  test.beforeAll(async () => {
    project = await copyProject();
  });

  test.afterAll(async () => {
    // On a loaded machine, closing the page (perhaps mid-reload) and stopping the server took
    // over the default 30 s once in 630 runs; each is bounded on its own (stop: STOP_WAIT).
    test.setTimeout(90_000);
    await Promise.all([page?.context().close(), server?.stop()]);
    await rm(project, { recursive: true, force: true });
  });

  const running = (): DevServer => {
    if (server === undefined) throw new Error('no dev server: the test that starts it did not run');
    return server;
  };
  const openPage = (): Page => {
    if (page === undefined) throw new Error('no page: the test that opens it did not run');
    return page;
  };
  const timesSaid = (text: string): number => running().output().split(text).length - 1;

  /** The problem is gone: the overlay closes and the deck is back. */
  async function deckShownAgain(): Promise<void> {
    await expect(overlay(openPage())).toHaveCount(0, { timeout: 20_000 });
    await openPage().locator(READY_SELECTOR).waitFor({ state: 'attached', timeout: 20_000 });
  }

  test('on start, before any browser has opened the page', async () => {
    const file = await slideFile(project, '02-');
    await writeFile(file, breakId(await readFile(file, 'utf8')));
    server = await startDevServer(project);
    await expect.poll(() => running().output(), { timeout: 20_000 }).toContain(PROBLEM);
  });

  test('edits before a browser connects, then the page shows the problem when it opens', async ({ browser }) => {
    const file = await slideFile(project, '02-');
    const broken = await readFile(file, 'utf8');
    const original = await readFile(join(PROJECT_DIR, 'slides', basename(file)), 'utf8');
    await writeFile(file, original);
    await expect.poll(() => running().output(), { timeout: 20_000 }).toContain(VALID_AGAIN);
    const before = timesSaid(PROBLEM);
    await writeFile(file, broken);
    await expect.poll(() => timesSaid(PROBLEM), { timeout: 20_000 }).toBe(before + 1);
    page = await browser.newPage();
    await page.goto(running().url);
    await expect(overlay(page)).toContainText(PROBLEM, { timeout: 20_000 });
    await writeFile(file, original);
    await deckShownAgain();
  });

  test('a slide replaced by rename shows the overlay; restoring it by rename clears it and reloads', async () => {
    const file = await slideFile(project, '02-');
    const original = await readFile(file, 'utf8');
    const before = timesSaid(PROBLEM);
    for (let round = 0; round < 2; round += 1) {
      await replaceByRename(file, breakId(original));
      await expect(overlay(openPage())).toContainText(PROBLEM, { timeout: 20_000 });
      await replaceByRename(file, original);
      await deckShownAgain();
    }
    expect(timesSaid(PROBLEM) - before).toBeGreaterThanOrEqual(2);
  });

  test('a misspelt layout shows the type checker’s message, with file, line and column, in the terminal and the overlay', async () => {
    const file = await slideFile(project, '03-');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace("layout: 'points'", "layout: 'pionts'"));
    const message = /slides\/03-the-agreement\.ts:\d+:\d+: Type '"pionts"' is not assignable/;
    await expect.poll(() => running().output(), { timeout: 20_000 }).toMatch(message);
    await expect(overlay(openPage())).toContainText(message, { timeout: 20_000 });
    await writeFile(file, original);
    await deckShownAgain();
  });

  test('an added slide is checked, and removing it clears the problem', async () => {
    const extra = join(project, 'slides', '02a-extra.ts');
    await copyFile(await slideFile(project, '02-'), extra); // the same id twice
    await expect(overlay(openPage())).toContainText('02a-extra.ts', { timeout: 20_000 });
    await rm(extra);
    await deckShownAgain();
  });
});

test('kill of `npm start` (npm, not Vite) ends the dev server too: nothing outlives it', async () => {
  const port = await freePort();
  const npm = spawn('npm', ['start', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve) =>
    npm.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    }),
  );
  const started = await descendants(npm.pid ?? -1);
  expect(started.length).toBeGreaterThan(0);
  npm.kill('SIGTERM');
  await expect.poll(() => stillRunning(started), STOP_WAIT).toEqual([]);
  await expect.poll(() => output).toContain('The process that started the dev server ended: stopping.');
});
