/**
 * Runs one of the project's command lines (src/<name>/cli.ts, which exports
 * `runCli(projectDir): Promise<number>`) compiled once to plain JavaScript, so that Node runs it
 * without a TypeScript loader and starts as fast as Node itself. Compiles it (with Vite, in a
 * second or so) when it is missing or older than its sources. Plain JavaScript itself, for the
 * same reason; the launch.mjs beside each CLI calls it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT = join(import.meta.dirname, '../..');
/** Also a reason to compile again: different packages. */
const LOCK_FILE = join(PROJECT, 'package-lock.json');

const modified = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

/** Whether the compiled CLI is missing, or a file it was made from has changed (or gone) since. */
function isStale(compiled, sourcesFile) {
  if (!existsSync(compiled)) return true;
  try {
    // Each file with its modification time as the build saw it: a save during the compile counts too.
    const sources = Object.entries(JSON.parse(readFileSync(sourcesFile, 'utf8')));
    return sources.length === 0 || sources.some(([path, seen]) => modified(path) !== seen);
  } catch {
    return true; // no list, or an unreadable one
  }
}

/** Compiles src/<name>/cli.ts into outDir (cli.mjs), with the list of the files it was made from. */
async function compile(name, outDir) {
  const { build } = await import('vite');
  // Compiled beside its place and then renamed into it, so a second run never sees half of it.
  const staging = `${outDir}.${process.pid}`;
  const started = Date.now();
  const output = await build({
    configFile: false,
    root: PROJECT,
    logLevel: 'silent',
    build: {
      ssr: join(PROJECT, `src/${name}/cli.ts`),
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
  rmSync(outDir, { recursive: true, force: true });
  try {
    renameSync(staging, outDir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run put its copy in place first
  }
}

/**
 * Compiles src/<name>/cli.ts if needed (into node_modules/.cache/deck-<name>/), runs its runCli
 * and exits with its code as soon as it returns: nothing left running (a stuck close, a build
 * worker) may keep the process alive.
 */
export async function runCompiledCli(name) {
  // One compiled copy per project folder: node_modules may be shared (linked) between checkouts.
  const outDir = join(PROJECT, `node_modules/.cache/deck-${name}`, createHash('sha256').update(PROJECT).digest('hex').slice(0, 12));
  const compiled = join(outDir, 'cli.mjs');
  if (isStale(compiled, join(outDir, 'sources.json'))) await compile(name, outDir);
  const { runCli } = await import(pathToFileURL(compiled).href);
  process.exit(await runCli(PROJECT));
}
