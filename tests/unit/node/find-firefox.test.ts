import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_CANDIDATES, findFirefox, FirefoxNotFoundError } from '../../../src/node/find-firefox.ts';

const only =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);

describe('findFirefox', () => {
  it('takes FIREFOX_PATH first, over any system Firefox', () => {
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff/firefox' }, only('/opt/ff/firefox', '/usr/bin/firefox-esr'))).toEqual({
      path: '/opt/ff/firefox',
      via: 'FIREFOX_PATH',
    });
  });

  it('fails on a FIREFOX_PATH that points nowhere, naming it and saying how to install one, rather than falling back', () => {
    const find = (): unknown => findFirefox({ FIREFOX_PATH: '/nope/firefox' }, only('/usr/bin/firefox-esr'));
    expect(find).toThrow(FirefoxNotFoundError);
    expect(find).toThrow('FIREFOX_PATH=/nope/firefox: no such file.\nNo Firefox found.');
    expect(find).toThrow('sudo apt-get install firefox-esr');
  });

  it('then looks at the system paths in order, Debian’s Firefox ESR first', () => {
    expect(FIREFOX_CANDIDATES[0]).toBe('/usr/bin/firefox-esr');
    expect(findFirefox({}, only('/usr/bin/firefox', '/usr/bin/firefox-esr'))).toEqual({ path: '/usr/bin/firefox-esr', via: 'system' });
    expect(findFirefox({}, only('/usr/bin/firefox', '/snap/bin/firefox'))).toEqual({ path: '/usr/bin/firefox', via: 'system' });
    expect(findFirefox({ FIREFOX_PATH: '' }, only('/snap/bin/firefox'))).toEqual({ path: '/snap/bin/firefox', via: 'system' });
  });

  it('then Windows’s program folders, then a Firefox on the PATH', () => {
    const windows = join('C:/Program Files', 'Mozilla Firefox/firefox.exe');
    expect(findFirefox({ PROGRAMFILES: 'C:/Program Files' }, only(windows))).toEqual({ path: windows, via: 'system' });
    expect(findFirefox({ PATH: '/usr/local/bin:/opt/ff' }, only('/opt/ff/firefox'))).toEqual({ path: '/opt/ff/firefox', via: 'system' });
  });

  it('with none found, says how to install one', () => {
    expect(() => findFirefox({}, only())).toThrow(/^No Firefox found\. Provide one in any of these ways:\n.*FIREFOX_PATH.*\n.*apt-get install firefox-esr/s);
  });
});
