import { describe, expect, it } from 'vitest';
import { countCues, noteParagraphs } from '../../src/notes.ts';

describe('noteParagraphs', () => {
  it('splits on blank lines, folds whitespace, and marks paragraphs that start with a click', () => {
    expect(noteParagraphs('First  one\ncontinues.\n\n[click] Second.\n\n')).toEqual([
      { click: false, text: 'First one continues.' },
      { click: true, text: 'Second.' },
    ]);
  });
});

describe('countCues', () => {
  it('counts every click cue', () => {
    expect(countCues('[click] a [click] b')).toBe(2);
    expect(countCues('no clicks')).toBe(0);
  });
});
