import { describe, expect, it } from 'vitest';
import { parsePresentOptions } from '../../../src/present/options.ts';

describe('parsePresentOptions', () => {
  it('listens on this machine only, on the default port, unless told otherwise', () => {
    expect(parsePresentOptions([])).toEqual({ lan: false, port: undefined, help: false });
    expect(parsePresentOptions(['--lan', '--port', '0'])).toEqual({ lan: true, port: 0, help: false });
  });

  it.each([
    [['--port', '70000'], /--port takes a whole number from 0 to 65535, not "70000"/],
    [['--port', 'eighty'], /--port takes a whole number/],
    [['--wifi'], /Unknown option '--wifi'.*--help/],
    [['deck'], /Unexpected argument 'deck'.*--help/],
  ])('names the mistake in %j', (argv, message) => {
    expect(() => parsePresentOptions(argv)).toThrow(message);
  });
});

describe('an option npm took for itself', () => {
  it('is named, with how to write it (npm run present --deck x, without "--")', () => {
    expect(() => parsePresentOptions([], { npm_lifecycle_event: 'present', npm_config_deck: 'examples/minimal' })).toThrow(
      'npm took "--deck examples/minimal" as its own option, so npm run present did not see it. Put "--" before its options: npm run present -- --deck examples/minimal',
    );
    expect(parsePresentOptions(['--deck', 'examples/minimal'], { npm_lifecycle_event: 'present', npm_config_deck: 'examples/minimal' }).deck).toBe(
      'examples/minimal',
    );
  });
});
