/**
 * A LibreOffice user profile for the tests' conversions, as a recipient's LibreOffice has it once
 * it has started before. A profile that has not seen this version makes LibreOffice run its
 * graphics self-tests (GraphicsRenderTests) as it starts, and a headless conversion never records
 * that they ran: each conversion ran them again, 4 of the 6 s of CPU a conversion of the deck
 * took here. The conversion's pages are the same either way (checked page by page).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The `-env:` option that points soffice at a profile folder. */
export const profileOption = (profile: string): string => `-env:UserInstallation=${pathToFileURL(profile).href}`;

/** The settings file of a profile that this LibreOffice version (e.g. `7.4`) has already started with. */
export const startedSettings = (version: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>
</oor:items>
`;

/** A new profile folder in the temp folder, marked as started by the installed LibreOffice. */
export async function libreOfficeProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'deck-soffice-'));
  const { stdout } = await run('soffice', [profileOption(profile), '--version']);
  const version = /LibreOffice (\d+\.\d+)/.exec(stdout)?.[1];
  if (version === undefined) throw new Error(`soffice --version did not name a LibreOffice version: ${stdout}`);
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), startedSettings(version));
  return profile;
}
