import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './src/node/find-chromium.ts';
import { checkPrerequisites } from './tests/e2e/prerequisites.ts';
import { runTempDir } from './tests/e2e/temp-dir.ts';

// Fails at once, with one message naming every missing program and how to install it.
const browser = checkPrerequisites();
const port = Number(process.env.DECK_TEST_PORT ?? 4317);
// Everything the run writes to the temp folder goes into one folder of its own, removed at the end.
runTempDir();

export default defineConfig({
  testDir: 'tests/e2e',
  // Files are shared out between the workers; the tests of one file run in order, in one worker.
  fullyParallel: false,
  workers: 2,
  globalSetup: './tests/e2e/global-setup.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: chromiumArgs() },
    viewport: { width: 1600, height: 900 },
    reducedMotion: 'reduce',
    // A failed test keeps its trace: actions, console, network and sources. DOM snapshots and a
    // screencast would cost about a fifth of the run's time, so they are left out.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    // One page per worker, reset between tests (Playwright clears storage, closes popups and
    // restores viewport and emulation): a new page costs this machine about 1.2 s of CPU, the
    // deck's reload in the page kept a quarter of that.
    reuseContext: true,
  },
  // The Firefox file runs in a worker of its own (its browser is a worker fixture); as the first
  // project it starts beside the Chromium files instead of after them, alone, at the end.
  projects: [
    { name: 'firefox', testMatch: 'firefox.spec.ts' },
    { name: 'chromium', testIgnore: 'firefox.spec.ts' },
  ],
  webServer: {
    // The built deck, as `npm run preview` serves it (Vite itself, without npx in between).
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
