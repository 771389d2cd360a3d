import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { profileOption, startedSettings } from '../../e2e/libreoffice-profile.ts';

describe('the LibreOffice profile of the PowerPoint tests', () => {
  it('records the version as one LibreOffice has started with, in a well-formed settings file', () => {
    const settings = new DOMParser().parseFromString(startedSettings('7.4'), 'text/xml');
    const item = settings.getElementsByTagName('item')[0];
    expect(item?.getAttribute('oor:path')).toBe('/org.openoffice.Setup/Product');
    const prop = item?.getElementsByTagName('prop')[0];
    expect(prop?.getAttribute('oor:name')).toBe('ooSetupLastVersion');
    expect(prop?.textContent).toBe('7.4');
  });

  it('names the profile folder as a file URL, escaped', () => {
    expect(profileOption('/tmp/a b/profile')).toBe('-env:UserInstallation=file:///tmp/a%20b/profile');
  });
});
