/**
 * What `npm run export` starts: the export CLI compiled once to plain JavaScript, so that Node
 * runs it without a TypeScript loader. Compiles it (with Vite, in a second or so) when it is
 * missing or older than its sources, then runs it. Plain JavaScript itself, for the same reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '../..');
// One compiled copy per project folder: node_modules may be shared (linked) between checkouts.
const OUT_DIR = join(PROJECT, 'node_modules/.cache/deck-export', createHash('sha256').update(PROJECT).digest('hex').slice(0, 12));
const COMPILED = join(OUT_DIR, 'cli.mjs');
/** Everything the compiled CLI is made from. */
const SOURCES = ['src/export', 'src/node', 'src/constants.ts', 'src/build/content-security-policy.ts', 'slides/meta.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

if (!existsSync(COMPILED) || SOURCES.some((source) => newest(join(PROJECT, source)) > statSync(COMPILED).mtimeMs)) {
  const { build } = await import('vite');
  // Compiled beside its place and then renamed into it, so a second export never sees half of it.
  const staging = `${OUT_DIR}.${process.pid}`;
  await build({
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
