/**
 * The briefing's own content, checked against the rules an informed reader would hold it to.
 * (The generic rules every deck must pass are in validate.test.ts; here, what this deck says.)
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { sources } from '../../slides/sources.ts';
import type { Slide } from '../../src/model.ts';
import { layoutOf } from '../../src/layouts/index.ts';
import { findProblems } from '../../src/validate.ts';

const slides = deck.map((entry) => entry.slide);
const everything = (slide: Slide): string => JSON.stringify(slide);

/** Every string in a slide, split into sentences. */
function sentences(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/(?<=[.?!])\s+/);
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(sentences);
  return [];
}
const context = { deck: slides, sources };

describe('the briefing in slides/', () => {
  it('passes every content rule', () => {
    expect(findProblems(deck)).toEqual([]);
  });

  it('sets each of the article’s six points against the record', () => {
    const points = slides.filter((slide) => slide.layout === 'evidence' || slide.layout === 'map');
    expect(points.map((slide) => ('kicker' in slide ? slide.kicker : ''))).toEqual([
      'Insight 1 of 3',
      'Insight 2 of 3',
      'Insight 3 of 3',
      'Implication 1 of 3',
      'Implication 2 of 3',
      'Implication 3 of 3',
    ]);
    expect(slides.filter((slide) => slide.layout === 'scorecard')).toHaveLength(1);
  });

  it('says on the title slide what the article lacks and where the record stops', () => {
    const title = slides.find((slide) => slide.layout === 'title');
    expect(title?.layout === 'title' && title.scope.join(' ')).toMatch(/no byline, no dates and no sources/);
    expect(title?.layout === 'title' && title.scope.join(' ')).toMatch(/December 2025/);
  });

  it('names the agreement as the 2023 reports do, and the article’s variant once, on the agreement slide', () => {
    expect(slides.map(everything).join('\n')).toContain('Communication Interoperability and Security Memorandum of Agreement');
    const variant = slides.filter((slide) => everything(slide).includes('Communication and Information Security Memorandum of Agreement'));
    expect(variant.map((slide) => slide.id)).toEqual(['the-agreement']);
  });

  it('cites The Express Tribune, the primary report, wherever its rewrites are cited', () => {
    for (const slide of slides) {
      if (slide.cites.includes('hindu-2023') || slide.cites.includes('federal-2023')) expect(slide.cites, slide.id).toContain('tribune-2023');
    }
  });

  it('gives Gen. Munir his title as of 2023 in 2023 events', () => {
    // The July 2023 meeting with the Central Command chief, Gen. Kurilla, is the 2023 event he is named in.
    const in2023 = slides.flatMap((slide) => sentences(slide)).filter((sentence) => /Munir/.test(sentence) && /Kurilla|Central Command/.test(sentence));
    expect(in2023.length).toBeGreaterThan(0);
    for (const sentence of in2023) expect(sentence).toMatch(/army chief/);
  });

  it('keeps the article’s wording on counterterrorism: coordination in operations, not joint operations', () => {
    const counterterrorism = slides.find((slide) => slide.id === 'counterterrorism');
    expect(everything(counterterrorism ?? slides[0] as Slide)).toContain('coordination in military operations');
    const shown = slides.flatMap((slide) => layoutOf(slide).visibleText(slide, context)).join('\n');
    expect(shown).not.toMatch(/joint operations/i);
  });

  it('never calls the renewal signed as settled fact', () => {
    expect(slides.map((slide) => slide.title).join('\n')).not.toMatch(/\b(signed|renewed)\b(?! COMCASA)/i);
  });

  it('lists every source it uses, and uses every source it lists', () => {
    const cited = new Set(slides.flatMap((slide) => slide.cites));
    expect([...cited].filter((id) => !sources.some((source) => source.id === id))).toEqual([]);
    expect(sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives the roadmap and the sources little time, and the whole talk 15 minutes ± 2', () => {
    const seconds = (id: string): number => slides.find((slide) => slide.id === id)?.seconds ?? Number.NaN;
    expect(seconds('roadmap')).toBeLessThanOrEqual(45);
    expect(seconds('sources')).toBeLessThanOrEqual(30);
    const total = slides.reduce((sum, slide) => sum + slide.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(13 * 60);
    expect(total).toBeLessThanOrEqual(17 * 60);
  });
});
