import { describe, expect, it } from 'vitest';
import { LEGIBILITY, legibilityProblems, shownWords, type MeasuredSlide, type MeasuredText } from '../../../src/legibility/rules.ts';
import { asContentProblems } from '../../../src/build/legibility-check.ts';
import { formatProblems } from '../../../src/validate.ts';

const run = (element: string, words: number, px = 40, role: MeasuredText['role'] = 'text'): MeasuredText => ({ element, text: element, role, px, words });
const slide = (id: string, ...texts: MeasuredText[]): MeasuredSlide => ({ id, texts });

describe('legibility rules', () => {
  it('counts what the audience sees, labels included, references (the source line, the sources list) aside', () => {
    expect(shownWords(slide('a', run('h2', 6), run('p.kicker', 2, 28, 'label'), run('p.source-line', 30, 24, 'reference')))).toBe(8);
  });

  it('passes a slide within the limits', () => {
    expect(legibilityProblems([slide('ok', run('h2', 10, 68), run('p.kicker', 3, 28, 'label'), run('p.source-line', 40, 24, 'reference'))])).toEqual([]);
  });

  it('names the slide, the count and the fix when it shows too many words', () => {
    const [problem] = legibilityProblems([slide('busy', run('h2', 10), run('ul', LEGIBILITY.maxWords, 36), run('p.kicker', 2, 28, 'label'))]);
    expect(problem).toEqual({
      slideId: 'busy',
      field: 'visible text',
      problem: `the slide shows ${LEGIBILITY.maxWords + 12} words as rendered (labels included, the source line aside).`,
      fix: `Cut it to ${LEGIBILITY.maxWords} words or fewer; move the detail into the notes or the handout.`,
    });
  });

  it('names each element whose type is under its role’s minimum, once, three at most and how many more', () => {
    const texts = [
      run('p.a "One"', 1, 28),
      run('p.a "One"', 1, 28),
      run('p.b "Two"', 1, 30),
      run('p.c "Three"', 1, 31.4),
      run('p.d "Four"', 1, 20),
      run('text.tick "2020"', 1, 22, 'label'),
      run('p.ok', 1, 32),
    ];
    const problems = legibilityProblems([slide('small', ...texts)]);
    expect(problems.map((problem) => problem.problem)).toEqual([
      '4 elements are under the 32 px minimum for text the audience must read: p.a "One" (28 px), p.b "Two" (30 px), p.c "Three" (31.4 px), and 1 more.',
      'one element is under the 24 px minimum for labels: text.tick "2020" (22 px).',
    ]);
    expect(problems[0]?.fix).toMatch(/^Set them at 32 px or more on the 1920×1080 canvas/);
    expect(problems[1]?.fix).toMatch(/^Set it at 24 px or more/);
  });

  it('reports as the content rules do: the slide’s file, its id, the field, the problem and the fix', () => {
    const deck = [{ file: 'slides/07-busy.ts', slide: { id: 'busy' } }] as unknown as Parameters<typeof asContentProblems>[1];
    const message = formatProblems(asContentProblems([slide('busy', run('p.small "tiny"', 2, 18))], deck));
    expect(message).toBe(
      [
        "The deck's content has 1 problem:",
        '  slides/07-busy.ts (slide "busy"), field `type size`: one element is under the 32 px minimum for text the audience must read: p.small "tiny" (18 px).',
        '    Fix: Set it at 32 px or more on the 1920×1080 canvas (sizes are in src/theme/tokens.css); if it no longer fits, say less on the slide and move the rest into the notes.',
      ].join('\n'),
    );
  });
});
