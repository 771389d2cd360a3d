import { resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { deckPlugin } from '../../src/build/deck-plugin.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the build', () => {
  it('fails on a bad slide, naming its file, the field and the fix', async () => {
    const attempt = build({
      configFile: false,
      root: resolve(root, 'src'),
      logLevel: 'silent',
      plugins: [deckPlugin({ slidesIndex: resolve(root, 'tests/fixtures/bad-deck/index.ts') })],
      build: { write: false, rollupOptions: { input: resolve(root, 'src/index.html') } },
    });
    await expect(attempt).rejects.toThrow(
      /slides\/04-timeline\.ts \(slide "timeline"\), field `notes`: the speaker notes have 4 words\.\n\s+Fix: Write 60–180 words/,
    );
  });
});
