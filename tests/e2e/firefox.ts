/**
 * Firefox in the Playwright suite, driven by puppeteer-core over WebDriver BiDi.
 *
 * Why not Playwright's own BiDi route (`channel: 'moz-firefox'`): with Playwright 1.65 and Firefox
 * ESR 153 it fails as soon as a context is made:
 *   Protocol error (emulation.setMediaFeaturesOverride): unknown command
 * When Firefox implements that command, a Playwright project with `browserName: 'firefox'`,
 * `channel: 'moz-firefox'` and `launchOptions.executablePath: findFirefox().path` can replace
 * this fixture, and firefox.spec.ts can become plain Playwright tests.
 */
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type ConsoleMessage, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { READY_SELECTOR } from '../../src/constants.ts';
import { findFirefox } from '../../src/node/find-firefox.ts';
import { serveFolder } from '../../src/node/static-server.ts';
import { isLocal } from './one-file.ts';

export interface FirefoxFixtures {
  /**
   * The worker's page, 1600×900 like the Chromium tests, blank at the start of each test; windows
   * a test opened (the speaker view) are closed after it. One page for the worker, as in the
   * Chromium tests: a new context and page cost Firefox half as much again as loading the deck.
   */
  firefoxPage: Page;
  /**
   * Console errors and warnings, page errors and requests that are neither to the served deck
   * nor file:/data:/blob: URLs, in every window of the context (the speaker view too): each
   * test fails if any.
   */
  problems: string[];
}

export interface FirefoxWorkerFixtures {
  firefox: Browser;
  /** The one page the worker's tests share (see firefoxPage). */
  firefoxWorkerPage: Page;
  /** The built deck (dist/), served on 127.0.0.1, with a trailing slash. */
  deckUrl: string;
}

/** Notes a page's problems into `problems` until the returned function is called. */
function watch(page: Page, origin: string, problems: string[]): () => void {
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: unknown): void => {
    problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`);
  };
  const onRequest = (request: HTTPRequest): void => {
    const url = request.url();
    if (!url.startsWith(origin) && !isLocal(url)) problems.push(`request: ${url}`);
  };
  page.on('console', onConsole).on('pageerror', onPageError).on('request', onRequest);
  return () => {
    page.off('console', onConsole).off('pageerror', onPageError).off('request', onRequest);
  };
}

export const test = base.extend<FirefoxFixtures, FirefoxWorkerFixtures>({
  firefox: [
    async ({}, use) => {
      const found = findFirefox();
      const browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: found.path,
        headless: true,
        defaultViewport: { width: 1600, height: 900 },
        // Quiet and offline: no update checks, telemetry or first-run pages. Reduced motion, as in
        // the Chromium tests: no slide transitions to paint (a ninth of this file's CPU time).
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'ui.prefersReducedMotion': 1,
        },
      });
      await use(browser);
      // Firefox answers the close at once, then spent 3–5 s here exiting (shutdown work for a
      // profile that is thrown away), holding up the next worker: once it has answered, it is
      // told to stop (SIGTERM, as a desktop's logout does), and exits within a fraction of a second.
      const firefoxProcess = browser.process();
      browser.once('disconnected', () => firefoxProcess?.kill('SIGTERM'));
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  deckUrl: [
    async ({}, use) => {
      const server = await serveFolder(resolve(import.meta.dirname, '../../dist'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  problems: [
    async ({}, use) => {
      const problems: string[] = [];
      await use(problems);
      expect(problems, 'console errors or warnings, page errors, requests off the origin').toEqual([]);
    },
    { auto: true },
  ],
  firefoxWorkerPage: [
    async ({ firefox }, use) => {
      const context = await firefox.createBrowserContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  firefoxPage: async ({ firefoxWorkerPage: page, deckUrl, problems }, use) => {
    const context = page.browserContext();
    const origin = new URL(deckUrl).origin;
    const unwatch = [watch(page, origin, problems)];
    const onTarget = (target: Target): void => {
      void target.page().then((opened) => {
        if (opened) unwatch.push(watch(opened, origin, problems));
      });
    };
    context.on('targetcreated', onTarget);
    await page.setViewport({ width: 1600, height: 900 });
    await use(page);
    context.off('targetcreated', onTarget);
    for (const stop of unwatch) stop();
    for (const opened of await context.pages()) if (opened !== page) await opened.close();
    await page.goto('about:blank');
  },
});

/** Opens a view of the deck and waits until it says it is ready. */
export async function openDeckIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(READY_SELECTOR);
}

export { expect };
