import { resolve } from 'node:path';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { SlideEntry } from '../model.ts';
import { findProblems, formatProblems } from '../validate.ts';
import { deckMeta } from '../../slides/meta.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { speakerViewScriptHash } from './speaker-view-hash.ts';

const SLIDES_INDEX = resolve(import.meta.dirname, '../../slides/index.ts');

/** Loads the deck the way the browser will see it and returns every content problem, formatted. */
export async function checkSlides(slidesIndex = SLIDES_INDEX): Promise<string | undefined> {
  const { module } = await runnerImport<{ deck: readonly SlideEntry[] }>(slidesIndex, { logLevel: 'silent' });
  const problems = findProblems(module.deck);
  return problems.length > 0 ? formatProblems(problems) : undefined;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The deck's build step:
 * - validates slides/ when the build or the dev server starts (and on every slide edit in dev);
 *   a problem fails the build with a message naming the file, the field and the fix;
 * - fills the page's title and metadata from slides/meta.ts;
 * - adds the Content-Security-Policy to the built page.
 */
export function deckPlugin(options: { slidesIndex?: string } = {}): Plugin {
  const slidesIndex = options.slidesIndex ?? SLIDES_INDEX;
  let isBuild = false;
  return {
    name: 'cismoa-deck',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const problems = await checkSlides(slidesIndex);
      if (problems !== undefined) this.error(problems);
    },
    configureServer(server: ViteDevServer) {
      server.watcher.on('change', (file) => {
        if (!file.includes('/slides/')) return;
        void checkSlides(slidesIndex).then((problems) => {
          if (problems === undefined) return;
          server.config.logger.error(problems);
          server.ws.send({ type: 'error', err: { message: problems, stack: '' } });
        });
      });
    },
    transformIndexHtml(html, context) {
      const values: Record<string, string> = {
        DECK_LANG: deckMeta.language,
        DECK_TITLE: deckMeta.title,
        DECK_SUBJECT: deckMeta.subject,
        DECK_AUTHOR: deckMeta.author,
        DECK_KEYWORDS: deckMeta.keywords.join(', '),
      };
      const filled = html.replace(/%(DECK_[A-Z]+)%/g, (whole, name: string) => escapeAttribute(values[name] ?? whole));
      if (!isBuild) return filled;
      const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(speakerViewScriptHash())}" />`;
      // Fetch the fonts at once, alongside the script, rather than after the slides are drawn.
      const fonts = Object.keys(context.bundle ?? {})
        .filter((file) => file.endsWith('.woff2'))
        .sort()
        .map((file) => `<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin />`);
      return filled.replace('<meta charset="utf-8" />', [`<meta charset="utf-8" />`, policy, ...fonts].join('\n    '));
    },
  };
}
