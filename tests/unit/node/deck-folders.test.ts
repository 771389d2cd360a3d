import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { deckFolderProblem, deckFolders } from '../../../src/node/deck-folders.ts';

describe('deckFolders', () => {
  it('is slides/ into dist/ by default, and another folder into dist-<its path>/, so two decks never share one', () => {
    expect(deckFolders('/project', undefined)).toEqual({ deckDir: '/project/slides', distDir: '/project/dist', shown: 'slides' });
    expect(deckFolders('/project', '')).toEqual({ deckDir: '/project/slides', distDir: '/project/dist', shown: 'slides' });
    expect(deckFolders('/project', './slides/').distDir).toBe('/project/dist');
    expect(deckFolders('/project', 'examples/minimal')).toEqual({
      deckDir: '/project/examples/minimal',
      distDir: '/project/dist-examples-minimal',
      shown: 'examples/minimal',
    });
    expect(deckFolders('/project', 'talks/minimal').distDir).toBe('/project/dist-talks-minimal');
    const elsewhere = deckFolders('/project', '/elsewhere/talk/');
    expect(elsewhere.shown).toBe('/elsewhere/talk');
    expect(elsewhere.distDir).toMatch(/^\/project\/dist-talk-[0-9a-f]{8}$/);
    expect(deckFolders('/project', '/other/talk').distDir).not.toBe(elsewhere.distDir);
  });
});

describe('deckFolderProblem', () => {
  const project = resolve(import.meta.dirname, '../../..');
  it('accepts a deck folder, and names a missing folder or the deck files a folder lacks', () => {
    expect(deckFolderProblem(deckFolders(project, 'examples/minimal'))).toBeUndefined();
    expect(deckFolderProblem(deckFolders(project, 'examples/nowhere'))).toBe(
      'there is no deck folder examples/nowhere: --deck takes a folder of slides like slides/.',
    );
    expect(deckFolderProblem(deckFolders(project, 'src/layouts'))).toBe(
      'src/layouts is not a deck folder: it has no meta.ts, sources.ts, labels.ts (a deck has index.ts, meta.ts, sources.ts, labels.ts and its slides, like slides/).',
    );
  });
});
