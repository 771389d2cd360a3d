import { describe, expect, it } from 'vitest';
import { isProgram, onPath } from '../../../src/node/program-path.ts';
import { checkPrerequisites, missingPrograms } from '../../e2e/prerequisites.ts';

const chromium = { path: '/usr/bin/chromium', via: 'system' };
const missing = (): never => {
  throw new Error('not found');
};

describe('the browser tests’ prerequisites', () => {
  it('returns the Chromium when everything is there', () => {
    expect(checkPrerequisites({ chromium: () => chromium, firefox: () => ({}), soffice: () => '/usr/bin/soffice' })).toBe(chromium);
  });

  it('names every missing program and its install command in one message', () => {
    expect(() => checkPrerequisites({ chromium: () => chromium, firefox: missing, soffice: () => undefined })).toThrow(
      [
        'The browser tests need programs this machine does not have:',
        '  - Firefox (sudo apt-get install firefox-esr; or set FIREFOX_PATH)',
        '  - LibreOffice Impress, for the PowerPoint test (sudo apt-get install libreoffice-impress-nogui)',
        'Install them, then run npm test again (.ci/run installs all three).',
      ].join('\n'),
    );
    expect(() => checkPrerequisites({ chromium: missing, firefox: () => ({}), soffice: () => '/x' })).toThrow(
      /- Chromium \(sudo apt-get install chromium-headless-shell; or set CHROMIUM_PATH\)/,
    );
  });

  it('lists the missing programs by name, for .ci/run to install', () => {
    expect(missingPrograms({ chromium: () => chromium, firefox: missing, soffice: () => undefined })).toEqual(['firefox', 'soffice']);
    expect(missingPrograms({ chromium: () => chromium, firefox: () => ({}), soffice: () => '/x' })).toEqual([]);
  });

  it('finds a real program on PATH, and nothing that is not there', () => {
    const env = { PATH: `/nowhere:${process.execPath.replace(/\/node$/, '')}` };
    expect(onPath(['node'], env, isProgram)).toBe(process.execPath);
    expect(onPath(['no-such-program-here'], { PATH: '/usr/bin' }, isProgram)).toBeUndefined();
  });
});
