import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../../src/node/zip.ts';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const ENTRIES = [
  { path: '[Content_Types].xml', data: text('<Types>'.repeat(500)) },
  { path: 'ppt/slides/slide1.xml', data: text('<p:sld>ünïcode – “quotes”</p:sld>') },
  { path: 'ppt/media/image-1.png', data: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]), store: true },
  { path: 'empty.txt', data: new Uint8Array() },
];

describe('zipArchive', () => {
  it('makes an archive that a zip reader reads back entry for entry, in order', async () => {
    const zip = await JSZip.loadAsync(zipArchive(ENTRIES));
    expect(Object.keys(zip.files)).toEqual(ENTRIES.map((entry) => entry.path));
    for (const entry of ENTRIES) expect(await zip.file(entry.path)?.async('uint8array'), entry.path).toEqual(entry.data);
  });

  it('deflates what compresses and stores what is marked so', () => {
    const bytes = zipArchive(ENTRIES);
    expect(bytes.length).toBeLessThan(3500 / 2); // 3,500 bytes of repeated XML, deflated
    const view = Buffer.from(bytes);
    // The PNG's local header says "stored" (method 0), the XML's "deflated" (8).
    expect(view.readUInt16LE(8)).toBe(8);
    const png = view.indexOf('ppt/media/image-1.png') - 30;
    expect(view.readUInt16LE(png + 8)).toBe(0);
  });

  it('is a valid zip for another reader, Python’s, which checks every CRC', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zip-test-'));
    const path = join(folder, 'test.zip');
    writeFileSync(path, zipArchive(ENTRIES));
    const check = 'import sys, zipfile; archive = zipfile.ZipFile(sys.argv[1]); print(archive.testzip(), [i.filename for i in archive.infolist()])';
    expect(execFileSync('python3', ['-c', check, path], { encoding: 'utf8' }).trim()).toBe(
      `None ${JSON.stringify(ENTRIES.map((entry) => entry.path))
        .replace(/"/g, "'")
        .replace(/,/g, ', ')}`,
    );
  });

  it('makes the same bytes from the same entries', () => {
    expect(zipArchive(ENTRIES)).toEqual(zipArchive(ENTRIES));
  });
});
