/**
 * The deck's fonts as a desktop program can load them: @fontsource ships WOFF files, which
 * LibreOffice does not read, so each is unpacked to the plain TrueType/OpenType font it wraps
 * (WOFF 1.0: the same tables, each zlib-compressed). Used to open the PowerPoint "with the
 * deck's fonts", as a recipient who has them installed would.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

const align4 = (value: number): number => (value + 3) & ~3;

/** The SFNT font inside a WOFF 1.0 file. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    const [offset, compressed, original] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const stored = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < original ? inflateSync(stored) : stored };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * SFNT_ENTRY);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header.length;
  const bodies = tables.map((table, index) => {
    const at = 12 + index * SFNT_ENTRY;
    table.tag.copy(header, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(align4(table.data.length));
    table.data.copy(padded);
    offset += padded.length;
    return padded;
  });
  return Buffer.concat([header, ...bodies]);
}

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
