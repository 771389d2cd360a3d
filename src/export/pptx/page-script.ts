/**
 * The page's measuring (page/, browser modules) as one script, bundled by rolldown: the modules
 * stay ordinary, type-checked browser code, and nothing is serialised function by function (which
 * broke under a loader that renames functions: `__name is not defined`). The bundle is kept in
 * node_modules/.cache with the modification time of every module it was made from, and made again
 * only when one of them changes: an export then neither loads rolldown nor bundles.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MeasuredSelectors } from '../../constants.ts';

/** The page script's entry, in the project. */
export const PAGE_ENTRY = 'src/export/pptx/page/index.ts';
/** Where the bundle is kept, in the project. */
export const PAGE_SCRIPT_CACHE = 'node_modules/.cache/deck-pptx-page';
/** The global the bundled script defines, holding the entry's exports. */
const GLOBAL = '__deckPptxMeasure';

/** A kept bundle: its code, and each module it was made from with its modification time then (-1: changed while bundling). */
interface KeptBundle {
  readonly code: string;
  readonly modules: Readonly<Record<string, number>>;
}

const modified = (path: string): Promise<number> =>
  stat(path).then(
    (stats) => stats.mtimeMs,
    () => -1,
  );

async function bundle(projectDir: string): Promise<KeptBundle> {
  const started = Date.now();
  const { rolldown } = await import('rolldown');
  const built = await rolldown({ input: join(projectDir, PAGE_ENTRY), cwd: projectDir, logLevel: 'warn' });
  try {
    const { output } = await built.generate({ format: 'iife', name: GLOBAL, codeSplitting: false });
    const [chunk] = output;
    if (output.length !== 1 || chunk?.type !== 'chunk') throw new Error(`${PAGE_ENTRY}: bundled into ${output.length} files, expected one script.`);
    const times = await Promise.all(chunk.moduleIds.map(async (id) => [id, await modified(id)] as const));
    return { code: chunk.code, modules: Object.fromEntries(times.map(([id, time]) => [id, time < started ? time : -1])) };
  } finally {
    await built.close();
  }
}

/** The kept bundle, if every module it was made from is as it was. */
async function keptBundle(file: string): Promise<string | null> {
  try {
    const kept = JSON.parse(await readFile(file, 'utf8')) as KeptBundle;
    const entries = Object.entries(kept.modules);
    const times = await Promise.all(entries.map(([path]) => modified(path)));
    return entries.length > 0 && entries.every(([, time], index) => time !== -1 && times[index] === time) ? kept.code : null;
  } catch {
    return null; // none yet, or unreadable
  }
}

/** The bundled script (it defines the global with `measureSlides`), kept in `cacheDir`. */
export async function pageScript(projectDir: string, cacheDir = join(projectDir, PAGE_SCRIPT_CACHE)): Promise<string> {
  const file = join(cacheDir, 'page.json');
  const kept = await keptBundle(file);
  if (kept !== null) return kept;
  const made = await bundle(projectDir);
  // Written beside its place and renamed into it: another export never reads half of it. A cache that cannot be written is only slower.
  const staging = `${file}.${process.pid}`;
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(staging, JSON.stringify(made)))
    .then(() => rename(staging, file))
    .catch(() => undefined);
  return made.code;
}

/** An expression for page.evaluate: the bundled script, then the measuring of every slide, as JSON. */
export function measuringExpression(script: string, selectors: MeasuredSelectors): string {
  return `(() => { ${script}\n; return ${GLOBAL}.measureSlides(${JSON.stringify(selectors)}); })()`;
}

/** A `page.evaluate` expression: the deck's font files (page/fonts.ts), as JSON of `FontFaceFile[]`. */
export function fontFacesExpression(script: string): string {
  return `(() => { ${script}\n; return ${GLOBAL}.fontFaces(); })()`;
}
