import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { findProblems, RULES } from '../../src/validate.ts';
import { countWords } from '../../src/words.ts';

const slides = deck.map((entry) => entry.slide);

describe('the deck in slides/', () => {
  it('has the thirteen slides the briefing needs, in order', () => {
    expect(slides.map((slide) => slide.id)).toEqual([
      'title',
      'roadmap',
      'the-agreement',
      'timeline',
      'military-ties',
      'advanced-technology',
      'counterterrorism',
      'regional-dynamics',
      'us-pakistan-relations',
      'non-proliferation',
      'synthesis',
      'conclusion',
      'sources',
    ]);
  });

  it('has unique, URL-safe ids', () => {
    const ids = slides.map((slide) => slide.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(slides.map((slide) => [slide.id, slide] as const))('%s has notes within the word range', (_id, slide) => {
    const words = countWords(slide.notes);
    expect(words).toBeGreaterThanOrEqual(RULES.notesWords.min);
    expect(words).toBeLessThanOrEqual(RULES.notesWords.max);
  });

  it('has time budgets that add up to 15 minutes ± 2', () => {
    const total = slides.reduce((sum, slide) => sum + slide.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(13 * 60);
    expect(total).toBeLessThanOrEqual(17 * 60);
  });

  it('passes every content rule', () => {
    expect(findProblems(deck)).toEqual([]);
  });

  it('names the agreement as the 2023 reports do, and the article’s variant once, in the notes', () => {
    const everything = slides.map((slide) => JSON.stringify(slide)).join('\n');
    expect(everything).toContain('Communication Interoperability and Security Memorandum of Agreement');
    expect(everything.match(/Communication and Information Security Memorandum of Agreement/g)).toHaveLength(1);
    const agreement = slides.find((slide) => slide.id === 'the-agreement');
    expect(agreement?.notes).toContain('Communication and Information Security Memorandum of Agreement');
  });
});
