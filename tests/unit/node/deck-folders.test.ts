import { describe, expect, it } from 'vitest';
import { deckFolders } from '../../../src/node/deck-folders.ts';

describe('deckFolders', () => {
  it('is slides/ into dist/ by default, and another folder into dist-<its name>/', () => {
    expect(deckFolders('/project', undefined)).toEqual({ deckDir: '/project/slides', distDir: '/project/dist', shown: 'slides' });
    expect(deckFolders('/project', '')).toEqual({ deckDir: '/project/slides', distDir: '/project/dist', shown: 'slides' });
    expect(deckFolders('/project', 'examples/minimal')).toEqual({
      deckDir: '/project/examples/minimal',
      distDir: '/project/dist-minimal',
      shown: 'examples/minimal',
    });
    expect(deckFolders('/project', '/elsewhere/talk/')).toEqual({ deckDir: '/elsewhere/talk', distDir: '/project/dist-talk', shown: '/elsewhere/talk' });
    expect(deckFolders('/project', './slides/').distDir).toBe('/project/dist');
  });
});
