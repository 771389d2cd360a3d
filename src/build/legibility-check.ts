/**
 * The legibility check of a built deck: loads dist/'s print view in Chromium (every slide at the
 * canvas size, every build step shown), measures what each slide shows (legibility/measure.ts,
 * exposed by the page) and applies the rules (legibility/rules.ts). Run by the build.
 */
import { CANVAS, MEASURE_FUNCTION, READY_SELECTOR } from '../constants.ts';
import type { SlideEntry } from '../model.ts';
import { legibilityProblems, type MeasuredSlide } from '../legibility/rules.ts';
import { chromiumArgs, findChromium, type FoundChromium } from '../node/find-chromium.ts';
import { serveFolder } from '../node/static-server.ts';
import type { ContentProblem } from '../validate.ts';

/** The measurements of every slide of the deck built into `distDir`. */
export async function measureBuiltDeck(distDir: string, chromium: FoundChromium): Promise<MeasuredSlide[]> {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveFolder(distDir);
  const browser = await puppeteer.launch({ executablePath: chromium.path, args: chromiumArgs(), headless: true, pipe: true, defaultViewport: { ...CANVAS } });
  try {
    const [page = await browser.newPage()] = await browser.pages();
    await page.goto(new URL('index.html?print-pdf', server.url).href, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(READY_SELECTOR, { timeout: 30_000 });
    return await page.evaluate((name) => {
      const measure = (window as unknown as Record<string, () => MeasuredSlide[]>)[name];
      if (!measure) throw new Error(`the built page offers no ${name}()`);
      return measure();
    }, MEASURE_FUNCTION);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The legibility problems as content problems: each names the slide's file. */
export function asContentProblems(measured: readonly MeasuredSlide[], deck: readonly SlideEntry[]): ContentProblem[] {
  return legibilityProblems(measured).map((problem) => ({
    file: deck.find((entry) => entry.slide.id === problem.slideId)?.file ?? 'slides/',
    ...problem,
  }));
}

/** Chromium for the check, or why there is none (the build then says it skipped the check). */
export function chromiumForCheck(): FoundChromium | string {
  try {
    return findChromium();
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  }
}
