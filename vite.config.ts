import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin';

export default defineConfig({
  root: 'src',
  // Relative asset paths: dist/ works from any folder of any static host.
  base: './',
  publicDir: false,
  plugins: [deckPlugin()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
  },
});
