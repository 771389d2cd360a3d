import { rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin, type ViteDevServer } from 'vite';
import type { DeckMeta, SlideEntry } from '../model.ts';
import { DECK_META_FILE } from '../constants.ts';
import { findProblems, formatProblems } from '../validate.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { withPageParts } from './page-parts.ts';
import { speakerViewScriptHash } from './speaker-view-hash.ts';
import { asContentProblems, chromiumForCheck, measureBuiltDeck } from './legibility-check.ts';
import { formatTypeProblems, typeCheckSlides } from './type-check.ts';
import { onParentEnd } from '../node/parent-process.ts';

export interface DeckPluginOptions {
  /** The folder of slide files (watched in the dev server), with the deck's meta.ts. */
  readonly slidesDir: string;
  /** The project (its tsconfig.slides.json type-checks the slides); default: the folder above the slides. */
  readonly projectDir?: string;
  /** The module that collects the slides (exports `deck`); default `<slidesDir>/index.ts`. */
  readonly slidesIndex?: string;
}

/**
 * The deck's content problems, as a build error whose text is the message itself: the build's
 * command line prints it without bundler or Node frames.
 */
export class DeckContentError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}
Object.defineProperty(DeckContentError.prototype, 'name', { value: 'DeckContentError' });

/** The deck's metadata (its meta.ts, which exports `deckMeta`). */
async function loadMeta(slidesDir: string): Promise<DeckMeta> {
  const { module } = await runnerImport<{ deckMeta: DeckMeta }>(join(slidesDir, 'meta.ts'), { logLevel: 'silent' });
  return module.deckMeta;
}

/** Loads the deck the way the browser will see it. */
async function loadDeck(slidesIndex: string): Promise<readonly SlideEntry[]> {
  const { module } = await runnerImport<{ deck: readonly SlideEntry[] }>(slidesIndex, { logLevel: 'silent' });
  return module.deck;
}

/** Terminal colour codes, which a log or an overlay shows as garbage. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what it matches
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

/**
 * A slide that does not parse, as one message: `file:line:col: what the parser says`, without
 * colour codes, the code frame or the bundler's stack. Undefined for any other failure.
 */
export function syntaxErrorMessage(error: unknown): string | undefined {
  const first = (error as { errors?: readonly { message?: string }[] }).errors?.[0]?.message;
  if (first === undefined) return undefined;
  const text = first.replace(COLOUR_CODES, '');
  const what = /\[[A-Z_]+\]\s*(.+)/.exec(text)?.[1]?.trim();
  const where = /\[\s*([^\]\s]+:\d+:\d+)\s*\]/.exec(text)?.[1];
  if (what === undefined || where === undefined) return undefined;
  return `A slide file does not parse:\n  ${where}: ${what}\n  Fix: correct the TypeScript at that line and column (a missing comma, quote or bracket is the usual cause).`;
}

/**
 * Checks the slides: first the type checker (a misspelt layout, field or status), then that they
 * load (syntax), then the content rules. Returns every problem found, formatted, or undefined.
 */
export async function checkSlides(slidesIndex: string, projectDir?: string, timeSlot?: DeckMeta['timeSlot']): Promise<string | undefined> {
  // The deck's own folder is the index's: only its files are type-checked.
  const typeProblems = projectDir === undefined ? [] : await typeCheckSlides(projectDir, dirname(slidesIndex));
  if (typeProblems.length > 0) return formatTypeProblems(typeProblems);
  let deck: readonly SlideEntry[];
  try {
    deck = await loadDeck(slidesIndex);
  } catch (error) {
    const syntax = syntaxErrorMessage(error);
    if (syntax !== undefined) return syntax;
    throw error;
  }
  const problems = findProblems(deck, timeSlot);
  return problems.length > 0 ? formatProblems(problems) : undefined;
}

/**
 * After the build: what each slide shows, measured in Chromium, against the legibility rules.
 * A failure removes the built page, so that nothing (the export) takes the build as up to date.
 */
async function checkLegibility(slidesIndex: string, outDir: string, warn: (message: string) => void): Promise<void> {
  const chromium = chromiumForCheck();
  if (typeof chromium === 'string') {
    warn(`The slides' legibility (words, type sizes) was not checked: ${chromium} See README, "Browser".`);
    return;
  }
  const problems = asContentProblems(await measureBuiltDeck(outDir, chromium), await loadDeck(slidesIndex));
  if (problems.length === 0) return;
  rmSync(join(outDir, 'index.html'), { force: true });
  throw new DeckContentError(formatProblems(problems));
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * In the dev server: checks the slides when the server starts and whenever a file in the slides
 * folder is saved, replaced (git checkout, editors that save by rename), added or removed. A
 * problem goes to the terminal and the browser's error overlay; a fix reloads the page.
 */
function watchSlides(
  server: ViteDevServer,
  { slidesDir, slidesIndex, projectDir }: { slidesDir: string; slidesIndex: string; projectDir: string },
  reloadMeta: () => Promise<{ readonly meta: DeckMeta; readonly changed: boolean }>,
): void {
  let problems: string | undefined;
  let checking = Promise.resolve();
  const check = (): void => {
    checking = checking.then(async () => {
      // The deck's meta.ts may be what changed: its title, language or time slot apply at once.
      const reloaded = await reloadMeta().catch(() => undefined);
      const found = await checkSlides(slidesIndex, projectDir, reloaded?.meta.timeSlot).catch((error: unknown) =>
        (error instanceof Error ? error.message : String(error)).replace(COLOUR_CODES, ''),
      );
      if (found === undefined && reloaded?.changed === true) server.ws.send({ type: 'full-reload', path: '*' });
      if (found !== undefined) {
        server.config.logger.error(found, { timestamp: true });
        server.ws.send({ type: 'error', err: { message: found, stack: '' } });
      } else if (problems !== undefined) {
        server.config.logger.info('The deck\u2019s content is valid again.', { timestamp: true });
        server.ws.send({ type: 'full-reload', path: '*' });
      }
      problems = found;
    });
  };
  // slides/ lies outside Vite's root, so Vite would watch only the files a page has loaded, and
  // lose a file replaced by rename. Watching the folder itself sees every change, page or not.
  server.watcher.add(slidesDir);
  const inSlides = (file: string): boolean => {
    const path = relative(slidesDir, file);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path);
  };
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file) => {
      if (inSlides(file)) check();
    });
  }
  // A page that connects while the content is broken sees the problem at once.
  server.ws.on('connection', () => {
    void checking.then(() => {
      if (problems !== undefined) server.ws.send({ type: 'error', err: { message: problems, stack: '' } });
    });
  });
  check();
}

/**
 * The dev server ends with the process that started it: `kill` of `npm start` ends npm and its
 * shell, not Vite, which the system then adopts (its parent changes). Nothing may outlive npm.
 */
function endWithParent(server: ViteDevServer): void {
  const stopWatching = onParentEnd(() => {
    server.config.logger.info('The process that started the dev server ended: stopping.', { timestamp: true });
    setTimeout(() => process.exit(0), 1000).unref(); // however the close goes
    void server.close().finally(() => process.exit(0));
  });
  server.httpServer?.once('close', stopWatching);
  // Vite closes the server on SIGTERM, then exits; on a loaded machine the close (its file
  // watcher, a type check under way) could take many seconds. A kill stops it within one.
  process.once('SIGTERM', () => setTimeout(() => process.exit(143), 1000).unref());
}

/**
 * The deck's build step:
 * - validates the slides when the build starts, and in the dev server (see watchSlides); a
 *   problem fails the build with a message naming the file, the field and the fix;
 * - once built, measures what each slide shows in Chromium (words, type sizes) against the
 *   legibility rules, with messages of the same form;
 * - puts the parts the pages share in place (page-parts.ts) and fills the page's title and
 *   metadata from the deck's metadata;
 * - adds the Content-Security-Policy and font preloads to the built page.
 */
export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slidesIndex = options.slidesIndex ?? `${options.slidesDir}/index.ts`;
  const projectDir = options.projectDir ?? dirname(options.slidesDir);
  let meta: DeckMeta | undefined;
  let isBuild = false;
  /** Where the build writes, if it writes (a build kept in memory has nothing to measure). */
  let outDir: string | undefined;
  return {
    name: 'deck',
    async config(_config, env) {
      meta = await loadMeta(options.slidesDir);
      isBuild = env.command === 'build';
      if (!isBuild) return;
      // Before the bundler starts, so that the failure is only the message.
      const problems = await checkSlides(slidesIndex, projectDir, meta.timeSlot);
      if (problems !== undefined) throw new DeckContentError(problems);
    },
    configResolved(config) {
      outDir = config.build.write ? resolve(config.root, config.build.outDir) : undefined;
    },
    // After the whole build, outside the bundler (whose wrapping would bury the message): the
    // built deck is loaded and measured. \`vite build\` and buildIfNeeded both build this way.
    buildApp: {
      order: 'post',
      async handler(builder) {
        // Vite builds the environments after the hooks unless one has: build them first, then look.
        for (const environment of Object.values(builder.environments)) if (!environment.isBuilt) await builder.build(environment);
        if (outDir !== undefined) await checkLegibility(slidesIndex, outDir, (message) => builder.config.logger.warn(message));
      },
    },
    configureServer(server) {
      watchSlides(server, { ...options, projectDir, slidesIndex }, async () => {
        const before = JSON.stringify(meta);
        meta = await loadMeta(options.slidesDir);
        return { meta, changed: JSON.stringify(meta) !== before };
      });
      endWithParent(server);
    },
    // The deck's metadata beside the pages, for the export and npm run present (which do not load the slides).
    generateBundle() {
      if (meta) this.emitFile({ type: 'asset', fileName: DECK_META_FILE, source: `${JSON.stringify(meta, null, 2)}\n` });
    },
    transformIndexHtml(html, context) {
      if (!meta) throw new Error(`the deck's metadata (${join(options.slidesDir, 'meta.ts')}) did not load`);
      const values: Record<string, string> = {
        DECK_LANG: meta.language,
        DECK_TITLE: meta.title,
        DECK_SUBJECT: meta.subject,
        DECK_AUTHOR: meta.author,
        DECK_KEYWORDS: meta.keywords.join(', '),
      };
      const page = relative(options.projectDir ?? process.cwd(), context.filename);
      const filled = withPageParts(html, page).replace(/%(DECK_[A-Z]+)%/g, (whole, name: string) => escapeAttribute(values[name] ?? whole));
      if (!isBuild) return filled;
      const policy: HtmlTagDescriptor = {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(speakerViewScriptHash()) },
        // First in <head>: the policy covers only what comes after it.
        injectTo: 'head-prepend',
      };
      // Fetch the fonts at once, alongside the script, rather than after the slides are drawn.
      const fonts = Object.keys(context.bundle ?? {})
        .filter((file) => file.endsWith('.woff2'))
        .sort()
        .map(
          (file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: true },
            injectTo: 'head',
          }),
        );
      return { html: filled, tags: [policy, ...fonts] };
    },
  };
}
