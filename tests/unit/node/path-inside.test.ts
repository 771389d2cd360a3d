import { describe, expect, it } from 'vitest';
import { pathInside } from '../../../src/node/path-inside.ts';

describe('pathInside', () => {
  it('gives the file a relative path or a URL path names inside the folder', () => {
    expect(pathInside('/srv/dist', 'assets/font.woff')).toBe('/srv/dist/assets/font.woff');
    expect(pathInside('/srv/dist', './assets/../index.html')).toBe('/srv/dist/index.html');
    expect(pathInside('/srv/dist/', '/assets/font.woff')).toBe('/srv/dist/assets/font.woff');
  });

  it('refuses a path that leads out of the folder, or to the folder itself', () => {
    expect(pathInside('/srv/dist', '../secret.txt')).toBeUndefined();
    expect(pathInside('/srv/dist', '/../../etc/passwd')).toBeUndefined();
    expect(pathInside('/srv/dist', '../dist-other/index.html')).toBeUndefined();
    expect(pathInside('/srv/dist', '.')).toBeUndefined();
  });
});
