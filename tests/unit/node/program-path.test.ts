import { describe, expect, it } from 'vitest';
import { onPath } from '../../../src/node/program-path.ts';

describe('onPath', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('finds the first name in the first PATH folder that has one, as a shell does', () => {
    const exists = only('/b/chrome', '/c/chromium');
    expect(onPath(['chromium', 'chrome'], { PATH: '/a:/b:/c' }, exists, 'linux')).toBe('/b/chrome');
    expect(onPath(['firefox'], { PATH: '/a:/b' }, exists, 'linux')).toBeUndefined();
    expect(onPath(['chromium'], {}, exists, 'linux')).toBeUndefined();
  });

  it('on Windows, splits Path at semicolons and adds .exe', () => {
    expect(onPath(['chrome'], { Path: 'C:/x;C:/y' }, only('C:/y/chrome.exe'), 'win32')).toBe('C:/y/chrome.exe');
  });
});
