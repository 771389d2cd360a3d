/**
 * The deck's fonts as a desktop program can load them: @fontsource ships WOFF files, which
 * LibreOffice does not read, so each is unpacked to the plain TrueType/OpenType font it wraps
 * (src/node/woff.ts). Used to open the PowerPoint "with the deck's fonts", as a recipient who
 * has them installed would.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { woffToSfnt } from '../../src/node/woff.ts';

/**
 * Writes the deck's Latin fonts (every weight and style @fontsource has) into `folder` as .otf
 * files, and a fontconfig file that adds them to the system's fonts; returns that file's path
 * (for FONTCONFIG_FILE).
 */
export async function installDeckFonts(projectDir: string, folder: string): Promise<string> {
  for (const family of ['source-sans-3', 'source-serif-4']) {
    const files = join(projectDir, 'node_modules', '@fontsource', family, 'files');
    for (const name of (await readdir(files)).filter((file) => /-latin-\d+-(normal|italic)\.woff$/.test(file))) {
      await writeFile(join(folder, name.replace(/\.woff$/, '.otf')), woffToSfnt(await readFile(join(files, name))));
    }
  }
  const config = join(folder, 'fonts.conf');
  await writeFile(
    config,
    `<?xml version="1.0"?>\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${folder}</dir>\n  <cachedir>${join(folder, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return config;
}
