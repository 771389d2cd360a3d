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
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { READY_SELECTOR } from '../../src/constants.ts';
import { findFirefox } from '../../src/node/find-firefox.ts';
import { serveFolder } from '../../src/node/static-server.ts';
import { isLocal } from './one-file.ts';

export interface FirefoxFixtures {
  /** A fresh browser context (its own storage) in the worker's Firefox. */
  firefoxContext: BrowserContext;
  /** A page in it, 1600×900 like the Chromium tests. */
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
  /** The built deck (dist/), served on 127.0.0.1, with a trailing slash. */
  deckUrl: string;
}

function watch(page: Page, origin: string, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !isLocal(url)) problems.push(`request: ${url}`);
  });
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
        // Quiet and offline: no update checks, telemetry or first-run pages.
        extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
      });
      await use(browser);
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
  firefoxContext: async ({ firefox, deckUrl, problems }, use) => {
    const context = await firefox.createBrowserContext();
    const origin = new URL(deckUrl).origin;
    context.on('targetcreated', (target) => {
      void target.page().then((page) => {
        if (page) watch(page, origin, problems);
      });
    });
    await use(context);
    await context.close();
  },
  firefoxPage: async ({ firefoxContext }, use) => {
    await use(await firefoxContext.newPage());
  },
});

/** Opens a view of the deck and waits until it says it is ready. */
export async function openDeckIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(READY_SELECTOR);
}

export { expect };
