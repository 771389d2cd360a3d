import type { Browser, Page } from 'puppeteer-core';
import { CANVAS, READY_SELECTOR } from '../constants.ts';
import { chromiumArgs, HOW_TO_GET_CHROMIUM, type FoundChromium } from '../node/find-chromium.ts';
import { serveFolder } from '../node/static-server.ts';
import type { Cleanups } from './cleanups.ts';
import { TIME_LIMITS, withinTime } from './time-limit.ts';

/**
 * One capture of the built deck in one browser: every writer loads, measures and prints the
 * views it needs from here, so the whole export starts Chromium once and serves dist/ once.
 *
 * The browser is driven with puppeteer-core rather than Playwright: loading Playwright costs
 * about a second of CPU, a third of a whole slides export (see docs/benchmarks.md); puppeteer-core
 * loads in half that and hands over the page Chromium opens at start. The tests use Playwright.
 */
export interface Capture {
  /** "Chromium 156.0…", for the progress report. */
  readonly browserVersion: string;
  /**
   * A view of the built deck (a path relative to dist/, e.g. `index.html?print-pdf`), loaded
   * and ready (laid out, fonts and images decoded). Each view loads once; writers share it.
   */
  view(path: string): Promise<Page>;
  /**
   * This writer needs nothing more from the browser, though it may still be making its file.
   * Once every writer has said so (the export says it for a writer whose file is done), Chromium
   * closes while the rest of the work goes on. Saying it twice is harmless.
   */
  release(): void;
}

/** The capture shared by the writers of one export: each gets its own handle, to release. */
export interface SharedCapture {
  readonly browserVersion: string;
  forWriter(): Capture;
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Starts Chromium (with its first page) at once, so it comes up while the caller does other
 * work (checks the build); call `capture` when dist/ is ready. Closing it is registered in `cleanups`.
 */
export function startBrowser(found: FoundChromium, cleanups: Cleanups): { capture(distDir: string, writers: number): Promise<SharedCapture> } {
  const launching = import('puppeteer-core').then(({ default: puppeteer }) =>
    puppeteer.launch({
      executablePath: found.path,
      args: chromiumArgs(),
      headless: true,
      pipe: true, // no debugging port; Chromium ends when the export does
      // Pages as large as the deck's canvas: a writer can capture a slide's part at its size without resizing the page.
      defaultViewport: { width: CANVAS.width, height: CANVAS.height },
      timeout: TIME_LIMITS.browserStart * 1000,
      // No single request to Chromium may take longer than the longest step (printing).
      protocolTimeout: TIME_LIMITS.print * 1000,
      // The CLI handles signals itself and closes everything in order.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
  );
  launching.catch(() => undefined); // a failed start is reported where capture() awaits it, not as an unhandled rejection
  let closing: Promise<void> | undefined;
  const close = (browser: Browser): Promise<void> => (closing ??= browser.close().catch(() => undefined));
  cleanups.add(() => launching.then(close, () => undefined));
  return {
    async capture(distDir, writers) {
      let browser: Browser;
      try {
        browser = await withinTime('Starting Chromium', TIME_LIMITS.browserStart, launching);
      } catch (error) {
        throw new Error(`Chromium at ${found.path} (found via ${found.via}) did not start: ${firstLine(error)}\n${HOW_TO_GET_CHROMIUM}`, { cause: error });
      }
      const server = await serveFolder(distDir);
      cleanups.add(() => server.close());
      // The blank page Chromium opened at start is the first view's; later views get new pages.
      const spare: Promise<Page>[] = [browser.pages().then(([first]) => first ?? browser.newPage())];
      const views = new Map<string, Promise<Page>>();
      const load = async (path: string): Promise<Page> => {
        const page = await withinTime('Opening a browser page', TIME_LIMITS.browserStart, spare.pop() ?? browser.newPage());
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
        await withinTime(`Loading ${path}`, TIME_LIMITS.pageLoad, loadView(page, new URL(path, server.url).href));
        if (errors.length > 0) throw new Error(`${path} reported errors: ${errors.join('; ')}`);
        return page;
      };
      const view = (path: string): Promise<Page> => {
        const loaded = views.get(path) ?? load(path);
        views.set(path, loaded);
        return loaded;
      };
      const browserVersion = `Chromium ${(await browser.version()).split('/').pop() ?? ''}`; // the product is "Chrome/156.0…" or "HeadlessChrome/…"
      let using = writers;
      return {
        browserVersion,
        forWriter() {
          let released = false;
          return {
            browserVersion,
            view,
            release() {
              if (released) return;
              released = true;
              using -= 1;
              if (using === 0) void close(browser); // awaited by the cleanups at the end
            },
          };
        },
      };
    },
  };
}

/** Loads a page and waits for it to say it is ready: laid out, fonts loaded, images decoded. */
async function loadView(page: Page, url: string): Promise<void> {
  // No need to wait for the load event: the page's own ready flag covers scripts and fonts.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 });
  await page.waitForSelector(READY_SELECTOR, { timeout: 0 });
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));
}
