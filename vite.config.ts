import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { deckMeta } from './slides/meta.ts';

export default defineConfig({
  root: 'src',
  // Relative asset paths: dist/ works from any folder of any static host.
  base: './',
  publicDir: false,
  plugins: [deckPlugin({ meta: deckMeta, slidesDir: resolve(import.meta.dirname, 'slides') })],
  build: {
    outDir: '../dist',
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
