import { relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { deckFolders } from './src/node/deck-folders.ts';

// The deck: slides/ into dist/, or DECK=<folder> (set by --deck) into dist-<folder name>/.
const deck = deckFolders(import.meta.dirname, process.env.DECK);

export default defineConfig({
  root: 'src',
  // Relative asset paths: dist/ works from any folder of any static host.
  base: './',
  publicDir: false,
  // The deck's checks belong to the dev server and the build, not to the unit tests (Vitest reads
  // this file too): they would type-check and load slides/ at every run, a second of CPU, and a
  // slide that does not parse would stop every unit test from starting.
  plugins: process.env.VITEST ? [] : [deckPlugin({ slidesDir: deck.deckDir, projectDir: import.meta.dirname })],
  // The pages import the deck as @deck/…: the chosen folder.
  resolve: { alias: { '@deck': deck.deckDir } },
  build: {
    outDir: relative(resolve(import.meta.dirname, 'src'), deck.distDir),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      // The deck, the printable handout with speaker notes (used by npm run export), and the
      // presenter's remote (served by npm run present).
      input: {
        index: resolve(import.meta.dirname, 'src/index.html'),
        handout: resolve(import.meta.dirname, 'src/handout.html'),
        remote: resolve(import.meta.dirname, 'src/remote.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/support/temp-dir.ts'],
    // One pool of threads, test files sharing it: the unit tests are pure or clean up after
    // themselves, and per-file isolation took four fifths of the run (30 s against 6 s).
    pool: 'threads',
    isolate: false,
  },
});
