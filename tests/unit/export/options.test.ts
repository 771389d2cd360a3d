import { describe, expect, it } from 'vitest';
import { helpText, parseOptions } from '../../../src/export/options.ts';
import { FORMATS } from '../../../src/export/writers/index.ts';

describe('parseOptions', () => {
  it('defaults to every format, exports/ as given, A4 paper', () => {
    expect(parseOptions([])).toEqual({
      formats: FORMATS,
      outDir: 'exports',
      chromiumPath: undefined,
      paper: 'a4',
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

describe('helpText', () => {
  it('lists every format with its file name, and every option', () => {
    const help = helpText({ slug: 'deck' });
    expect(help).toContain('slides   the slides, one 16:9 page each (deck.pdf)');
    expect(help).toContain('notes    a handout: each slide with its speaker notes (deck-notes.pdf)');
    expect(help).toContain('html     the deck as one HTML file that opens from disk (deck.html)');
    for (const option of [`--only <${FORMATS.join('|')}>`, '--out <folder>', '--paper <a4|letter>', '--chromium <path>', '--rebuild', '--debug']) {
      expect(help).toContain(option);
    }
  });
});
