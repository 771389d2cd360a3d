import { describe, expect, it } from 'vitest';
import { helpText, parseOptions } from '../../../src/export/options.ts';
import { FORMATS } from '../../../src/export/writers/index.ts';

describe('parseOptions', () => {
  it('defaults to every format but the slide images, exports/ as given, A4 paper, images at the canvas size', () => {
    expect(parseOptions([])).toEqual({
      formats: FORMATS.filter((format) => format !== 'png'),
      outDir: 'exports',
      chromiumPath: undefined,
      paper: 'a4',
      scale: 1,
      rebuild: false,
      debug: false,
      help: false,
    });
  });

  it('keeps the output folder as given, absolute or relative', () => {
    expect(parseOptions(['--out', '/tmp/x']).outDir).toBe('/tmp/x');
    expect(parseOptions(['--out', 'out/x']).outDir).toBe('out/x');
  });

  it('takes one or several formats with --only, in the order they are written', () => {
    expect(parseOptions(['--only', 'notes']).formats).toEqual(['notes']);
    expect(parseOptions(['--only', 'notes,slides']).formats).toEqual(['slides', 'notes']);
  });

  it('takes the handout paper, and the debug switch from the command line or DECK_DEBUG', () => {
    expect(parseOptions(['--paper', 'letter']).paper).toBe('letter');
    expect(parseOptions(['--debug']).debug).toBe(true);
    expect(parseOptions([], { DECK_DEBUG: '1' }).debug).toBe(true);
  });

  it('rejects what it does not know, saying what it takes', () => {
    expect(() => parseOptions(['--only', 'everything'])).toThrow(`--only takes ${FORMATS.map((format) => `"${format}"`).join(' or ')}, not "everything".`);
    expect(FORMATS).toEqual(expect.arrayContaining(['slides', 'notes', 'html']));
    expect(() => parseOptions(['--paper', 'a5'])).toThrow('--paper takes "a4" or "letter", not "a5".');
    expect(() => parseOptions(['--colour'])).toThrow("Unknown option '--colour'");
  });
});

describe('parseOptions, as a user would write them', () => {
  it('takes --only more than once, in any case, as one list', () => {
    expect(parseOptions(['--only', 'notes', '--only', 'Slides,html']).formats).toEqual(['slides', 'notes', 'html']);
  });

  it('writes the slide images when asked, at a whole scale from 1 to 4', () => {
    expect(parseOptions(['--only', 'png', '--scale', '2'])).toMatchObject({ formats: ['png'], scale: 2 });
    for (const bad of ['0', '1.5', '5', 'big']) expect(() => parseOptions(['--scale', bad])).toThrow(`--scale takes a whole number from 1 to 4, not "${bad}".`);
  });

  it('takes the paper size in any case', () => {
    expect(parseOptions(['--paper', 'LETTER']).paper).toBe('letter');
    expect(() => parseOptions(['--paper', 'A5'])).toThrow('--paper takes "a4" or "letter", not "A5".');
  });

  it('names an option npm took for itself (no "--" after npm run export), and how to write it', () => {
    const npm = { npm_lifecycle_event: 'export', npm_config_paper: 'true' };
    expect(() => parseOptions([], npm)).toThrow(
      'npm took "--paper" as its own option, so npm run export did not see it. Put "--" before its options: npm run export -- --paper',
    );
    expect(() => parseOptions([], { npm_lifecycle_event: 'export', npm_config_out: '/tmp/x' })).toThrow('npm run export -- --out /tmp/x');
    expect(() => parseOptions(['LETTER'], npm)).toThrow(/npm took "--paper"/);
    expect(() => parseOptions(['LETTER'], { npm_lifecycle_event: 'export' })).toThrow(/Unexpected argument 'LETTER'.*put "--" before the export's options/);
    // Given after "--" as well, it is the export's: npm's copy is ignored.
    expect(parseOptions(['--paper', 'letter'], npm).paper).toBe('letter');
    expect(parseOptions([], { npm_config_paper: 'true' }).paper).toBe('a4');
  });
});

describe('helpText', () => {
  it('lists every format with its file name, and every option', () => {
    const help = helpText();
    expect(help).toContain('slides   the slides, one 16:9 page each (<slug>.pdf)');
    expect(help).toContain('notes    a handout: each slide with its speaker notes (<slug>-notes.pdf)');
    expect(help).toContain('html     the deck as one HTML file that opens from disk (<slug>.html)');
    expect(help).toContain('png      a PNG of each slide, and a list of their titles and alt text (<slug>-images/)');
    expect(help).toContain("<slug> is the deck's file-name stem");
    expect(help).toContain('(all but png by default)');
    expect(help).toContain('--scale <1-4>');
    for (const option of [
      `--only <${FORMATS.join('|')}>`,
      '--out <folder>',
      '--paper <a4|letter>',
      '--chromium <path>',
      '--deck <folder>',
      '--rebuild',
      '--debug',
    ]) {
      expect(help).toContain(option);
    }
    // The real search order (src/node/find-chromium.ts).
    expect(help).toMatch(/\$CHROMIUM_PATH,\s+else a system Chromium or Chrome, its headless shell first,\s+else Playwright's own/);
  });
});
