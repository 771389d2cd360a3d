import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { deckPlugin } from '../../../src/build/deck-plugin.ts';
import { deckMeta } from '../../../examples/minimal/meta.ts';

const root = resolve(import.meta.dirname, '../../..');
/** A real build (type check, bundle) takes 2–3 s here, and longer on a loaded machine. */
const BUILD_TIME = 30_000;

/** The example deck (examples/minimal): the engine's tests build a deck other than the briefing. */
const DECK = resolve(root, 'examples/minimal');

function buildWith(slidesIndex: string): ReturnType<typeof build> {
  return build({
    configFile: false,
    root: resolve(root, 'src'),
    logLevel: 'silent',
    plugins: [deckPlugin({ slidesDir: DECK, slidesIndex })],
    build: { write: false, rollupOptions: { input: resolve(root, 'src/index.html') } },
  });
}

describe('deckPlugin', () => {
  it(
    'fails the build on a bad slide, naming its file, the field and the fix, with no bundler frames',
    async () => {
      const error: unknown = await buildWith(resolve(root, 'tests/fixtures/bad-deck/index.ts')).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(Error);
      const { message, stack } = error as Error;
      expect(message).toMatch(/slides\/04-timeline\.ts \(slide "timeline"\), field `notes`: the speaker notes have 4 words\.\n\s+Fix: Write \d+–\d+ words/);
      expect(stack).toBe(message);
    },
    BUILD_TIME,
  );

  it(
    'fills the page metadata and puts the Content-Security-Policy first in <head>',
    async () => {
      const output = (await buildWith(resolve(DECK, 'index.ts'))) as Rolldown.RolldownOutput;
      const page = output.output.find((file) => file.fileName === 'index.html');
      const html = page?.type === 'asset' ? String(page.source) : '';
      expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-/);
      expect(html).toContain(`<meta name="author" content="${deckMeta.author}" />`);
      expect(html).toMatch(/<link rel="preload" href="\.\/assets\/source-sans-3-latin-400-normal-[\w-]+\.woff2" as="font" type="font\/woff2" crossorigin>/);
    },
    BUILD_TIME,
  );
});
