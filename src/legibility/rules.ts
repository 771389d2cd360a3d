/**
 * The legibility rules, applied to what the rendered slides show (measured in Chromium by
 * measure.ts at build time): how many words a slide shows, and how small its type may be.
 * Pure: the measurements in, the problems out.
 */
import type { TextRole } from '../constants.ts';

export const LEGIBILITY = {
  /** The most words a slide may show, generated labels included (not the source line, not the sources slide). */
  maxWords: 75,
  /** The smallest type, in px on the 1920×1080 canvas, for each role of text. */
  minPx: { text: 32, label: 24, reference: 24 } satisfies Record<TextRole, number>,
} as const;

/** One run of text as the slide draws it. */
export interface MeasuredText {
  /** The element that holds it, described for a person: `p.record-source "The Hindu"`. */
  readonly element: string;
  /** The run's own text. */
  readonly text: string;
  readonly role: TextRole;
  /** Its rendered size in canvas px (an SVG's scale included). */
  readonly px: number;
  readonly words: number;
}

export interface MeasuredSlide {
  readonly id: string;
  readonly texts: readonly MeasuredText[];
}

export interface LegibilityProblem {
  readonly slideId: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
}

/** Words the audience sees on a slide: every role but references. */
export const shownWords = (slide: MeasuredSlide): number => slide.texts.filter((text) => text.role !== 'reference').reduce((sum, text) => sum + text.words, 0);

const round = (px: number): string => String(Math.round(px * 10) / 10);

/** How many elements a type-size message names before it says "and N more". */
const NAMED = 3;

/** For each role, the elements of a slide whose type is under the role's minimum: one problem per role. */
function smallType(slide: MeasuredSlide): LegibilityProblem[] {
  return (Object.keys(LEGIBILITY.minPx) as TextRole[]).flatMap((role) => {
    const min = LEGIBILITY.minPx[role];
    const small = new Map<string, number>();
    for (const text of slide.texts) if (text.role === role && text.px + 0.05 < min && !small.has(text.element)) small.set(text.element, text.px);
    if (small.size === 0) return [];
    const named = [...small].slice(0, NAMED).map(([element, px]) => `${element} (${round(px)} px)`);
    const more = small.size > NAMED ? `, and ${small.size - NAMED} more` : '';
    const what = role === 'text' ? 'text the audience must read' : `${role}s`;
    return [
      {
        slideId: slide.id,
        field: 'type size',
        problem: `${small.size === 1 ? 'one element is' : `${small.size} elements are`} under the ${min} px minimum for ${what}: ${named.join(', ')}${more}.`,
        fix: `Set ${small.size === 1 ? 'it' : 'them'} at ${min} px or more on the 1920×1080 canvas (sizes are in src/theme/tokens.css); if it no longer fits, say less on the slide and move the rest into the notes.`,
      },
    ];
  });
}

/** The slides that show too many words or type too small to read from the back of a room. */
export function legibilityProblems(slides: readonly MeasuredSlide[]): LegibilityProblem[] {
  return slides.flatMap((slide) => {
    const words = shownWords(slide);
    const tooMany: LegibilityProblem[] =
      words > LEGIBILITY.maxWords
        ? [
            {
              slideId: slide.id,
              field: 'visible text',
              problem: `the slide shows ${words} words as rendered (labels included, the source line aside).`,
              fix: `Cut it to ${LEGIBILITY.maxWords} words or fewer; move the detail into the notes or the handout.`,
            },
          ]
        : [];
    return [...tooMany, ...smallType(slide)];
  });
}
