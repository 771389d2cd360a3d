import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { READY_SELECTOR } from '../../src/constants.ts';

export interface PageProblems {
  readonly console: string[];
  /** Requests that the watch did not allow (off the deck's origin, or not local). */
  readonly offOrigin: string[];
  /** Stops recording: the worker's page and context are reused by the next test. */
  stop(): void;
}

/** Requests a deck served from `origin` may make: to that origin, data: URLs and about:blank. */
export const onOrigin =
  (origin: string) =>
  (url: string): boolean =>
    url.startsWith(origin) || url.startsWith('data:') || url === 'about:blank';

/**
 * Records, for a whole browser context (popups too), console errors and warnings, page errors and
 * requests that `allowed` refuses, until `stop` is called.
 */
export function watchContext(context: BrowserContext, allowed: (url: string) => boolean): PageProblems {
  const problems = { console: [] as string[], offOrigin: [] as string[] };
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error): void => {
    problems.console.push(`pageerror: ${error.message}`);
  };
  const watched: Page[] = [];
  const watch = (page: Page): void => {
    page.on('console', onConsole).on('pageerror', onPageError);
    watched.push(page);
  };
  const onRequest = (request: Request): void => {
    if (!allowed(request.url())) problems.offOrigin.push(request.url());
  };
  context.pages().forEach(watch);
  context.on('page', watch).on('request', onRequest);
  const stop = (): void => {
    context.off('page', watch).off('request', onRequest);
    for (const page of watched) page.off('console', onConsole).off('pageerror', onPageError);
  };
  return { ...problems, stop };
}

/** Navigates and waits until the deck says it is ready (reveal.js initialised, fonts loaded, print layout done). */
export async function openDeck(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator(READY_SELECTOR)).toBeAttached();
}

/** Presses S once the speaker view has loaded (just after the deck is ready) and returns its window. */
export async function openSpeakerView(page: Page): Promise<Page> {
  await expect(page.locator('html[data-speaker-view-ready="true"]')).toBeAttached();
  const popup = page.context().waitForEvent('page');
  await page.keyboard.press('s');
  return popup;
}

/**
 * Every test from this module fails if its pages log a console error or warning, or make a
 * request off the origin (popups included). Tests that provoke such errors on purpose use
 * Playwright's own `test`.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ context, baseURL }, use) => {
      const problems = watchContext(context, onOrigin(new URL(baseURL ?? 'http://127.0.0.1/').origin));
      await use(problems);
      problems.stop();
      expect(problems.console, 'console errors or warnings').toEqual([]);
      expect(problems.offOrigin, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
