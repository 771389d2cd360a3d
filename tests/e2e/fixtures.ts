import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { READY_SELECTOR } from '../../src/constants.ts';

export interface PageProblems {
  readonly console: string[];
  readonly offOrigin: string[];
}

/** Records, for a whole browser context (popups too), console errors and warnings and requests off the origin. */
export function watchContext(context: BrowserContext, origin: string): PageProblems {
  const problems: PageProblems = { console: [], offOrigin: [] };
  const watch = (page: Page): void => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && url !== 'about:blank') problems.offOrigin.push(url);
  });
  return problems;
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
      const problems = watchContext(context, new URL(baseURL ?? 'http://127.0.0.1/').origin);
      await use(problems);
      expect(problems.console, 'console errors or warnings').toEqual([]);
      expect(problems.offOrigin, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
