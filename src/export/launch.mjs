/**
 * What `npm run export` starts: the export CLI compiled once to plain JavaScript, so that Node
 * runs it without a TypeScript loader. Compiles it (with Vite, in a second or so) when it is
 * missing or older than its sources, then runs it. Plain JavaScript itself, for the same reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '../..');
// One compiled copy per project folder: node_modules may be shared (linked) between checkouts.
const OUT_DIR = join(PROJECT, 'node_modules/.cache/deck-export', createHash('sha256').update(PROJECT).digest('hex').slice(0, 12));
const COMPILED = join(OUT_DIR, 'cli.mjs');
/** The files the compiled CLI was made from, as the build listed them (written beside it). */
const SOURCES = join(OUT_DIR, 'sources.json');
/** Also a reason to compile again: different packages. */
const LOCK_FILE = join(PROJECT, 'package-lock.json');

const modified = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

/** Whether the compiled CLI is missing, or a file it was made from has changed (or gone) since. */
function isStale() {
  if (!existsSync(COMPILED)) return true;
  try {
    // Each file with its modification time as the build saw it: a save during the compile counts too.
    const sources = Object.entries(JSON.parse(readFileSync(SOURCES, 'utf8')));
    return sources.length === 0 || sources.some(([path, seen]) => modified(path) !== seen);
  } catch {
    return true; // no list, or an unreadable one
  }
}

if (isStale()) {
  const { build } = await import('vite');
  // Compiled beside its place and then renamed into it, so a second export never sees half of it.
  const staging = `${OUT_DIR}.${process.pid}`;
  const started = Date.now();
  const output = await build({
    configFile: false,
    root: PROJECT,
    logLevel: 'silent',
    build: {
      ssr: join(PROJECT, 'src/export/cli.ts'),
      outDir: staging,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'cli.mjs', chunkFileNames: '[name].mjs' } },
    },
  });
  // Every project file the bundle was made from (dependencies in node_modules: the lock file),
  // with its modification time; a file saved while it compiled is recorded as changed (-1).
  const modules = [output].flat().flatMap((result) => result.output.flatMap((chunk) => chunk.moduleIds ?? []));
  const project = PROJECT.replaceAll('\\', '/');
  const ownFiles = [...new Set(modules.map((id) => id.replaceAll('\\', '/')))].filter((id) => id.startsWith(project) && !id.includes('/node_modules/'));
  writeFileSync(
    join(staging, 'sources.json'),
    JSON.stringify(Object.fromEntries([...ownFiles, LOCK_FILE].map((path) => [path, modified(path) < started ? modified(path) : -1]))),
  );
  rmSync(OUT_DIR, { recursive: true, force: true });
  try {
    renameSync(staging, OUT_DIR);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another export put its copy in place first
  }
}
const { runCli } = await import(COMPILED);
// Exit as soon as the work is done: nothing left running (a stuck close, a build worker) may
// keep the process alive.
process.exit(await runCli(PROJECT));
