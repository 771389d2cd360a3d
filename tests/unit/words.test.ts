import { describe, expect, it } from 'vitest';
import { countWords, speakingSeconds, WORDS_PER_MINUTE } from '../../src/words.ts';

describe('countWords', () => {
  it('counts whitespace-separated tokens that hold a letter or digit', () => {
    expect(countWords('Pakistan’s cabinet approved — on 2 Aug 2023.')).toBe(7);
  });

  it('ignores lone punctuation and empty text', () => {
    expect(countWords(' – … ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('speakingSeconds', () => {
  it('times a text at the deck’s speaking pace', () => {
    const minute = Array.from({ length: WORDS_PER_MINUTE }, () => 'word').join(' ');
    expect(speakingSeconds(minute)).toBe(60);
  });
});
