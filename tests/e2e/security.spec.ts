import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { deckSlides } from './deck.ts';
import { test as plainTest } from '@playwright/test';
import { expect, openDeck, openSpeakerView, test } from './fixtures.ts';

const slides = await deckSlides();

/** The Content-Security-Policy of the built page, as directive → sources. */
async function policyOf(html: string): Promise<Map<string, string[]>> {
  // Vite writes the attribute with its quotes escaped as entities; the browser reads them decoded.
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(content, 'a Content-Security-Policy meta tag').toBeDefined();
  return new Map(
    (content ?? '').split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

test('the built page has a strict Content-Security-Policy: no inline script or eval, nothing remote', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const policy = await policyOf(html);
  const scripts = policy.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.filter((source) => source.startsWith("'sha256-"))).toHaveLength(1);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  for (const [directive, sources] of policy) {
    for (const source of sources) expect(source, directive).not.toMatch(/^(https?:|wss?:|\*|data:.*script)/);
  }
});

// Provokes a policy violation on purpose, so it does without the no-console-errors check.
plainTest('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusals.push(message.text());
  });
  await openDeck(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran";';
    document.body.append(script);
    return document.documentElement.dataset.injected ?? 'blocked';
  });
  expect(ran).toBe('blocked');
  expect(refusals.length).toBeGreaterThan(0);
});

test('the speaker view works under the policy', async ({ page }) => {
  await openDeck(page, './#/timeline');
  const speakerView = await openSpeakerView(page);
  await expect(speakerView.locator('.speaker-controls-notes .value')).toContainText('so this timeline comes from press reports');
  // The current-slide preview is the deck itself, loaded in an iframe under the same policy.
  const preview = speakerView.frameLocator('#current-slide iframe');
  await expect(preview.locator('section#timeline.present')).toBeAttached();
});

test('the print view works under the policy: every slide on its own page, every build step shown', async ({ page }) => {
  await openDeck(page, './?print-pdf');
  await expect(page.locator('.reveal .slides .pdf-page')).toHaveCount(slides.length);
  await expect(page.locator('.reveal .fragment:not(.visible)')).toHaveCount(0);
  // Each of the synthesis's inferred links builds in one step of three parts: its line, its number and its reason.
  const links = slides.flatMap((slide) => (slide.layout === 'synthesis' ? slide.links.filter((link) => link.basis === 'inferred') : []));
  await expect(page.locator('.reveal .fragment.visible')).toHaveCount(links.length * 3);
});

test('content is rendered as text: a title that looks like HTML shows literally and runs nothing', async ({ page }) => {
  // Bundle the real renderer and run it on a blank page against a hostile slide.
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: resolve(import.meta.dirname, '../../src/render/slide.ts'), formats: ['iife'], name: 'DeckRender' },
    },
  });
  const bundles = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const code = bundles.flatMap((bundle) => bundle.output).find((chunk) => chunk.type === 'chunk')?.code ?? '';
  expect(code).toContain('DeckRender');

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: code });
  const hostile = '<img src=x onerror=alert(1)>';
  const rendered = await page.evaluate((title) => {
    const render = (window as unknown as { DeckRender: { renderSlide: (slide: unknown, sources: unknown[]) => HTMLElement } }).DeckRender;
    const section = render.renderSlide(
      {
        layout: 'points',
        id: 'hostile',
        title,
        kicker: title,
        claim: title,
        points: [title],
        notes: title,
        seconds: 60,
        cites: [],
        quote: { text: title, attribution: title },
      },
      [],
    );
    document.body.append(section);
    return { heading: section.querySelector('h2')?.textContent, images: document.querySelectorAll('img').length, html: section.innerHTML };
  }, hostile);
  expect(rendered.heading).toBe(hostile);
  expect(rendered.images).toBe(0);
  expect(rendered.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(dialogs).toEqual([]);
});
