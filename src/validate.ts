import type { Slide, SlideEntry } from './model.ts';
import { countWords, speakingSeconds } from './words.ts';
import { layoutOf, type LayoutContext } from './layouts/index.ts';

/** The rules every deck must satisfy. Change them here; messages quote them. */
export const RULES = {
  notesWords: { min: 60, max: 180 },
  visibleWords: 40,
  /** Total of the slides' time budgets, in seconds: 15 minutes ± 2. */
  totalSeconds: { target: 900, tolerance: 120 },
  /** A slide's budget may exceed the time it takes to speak its notes by this much, for pauses. */
  pauseSeconds: 30,
} as const;

export interface ContentProblem {
  /** The slide's file, e.g. `slides/03-the-agreement.ts`; or `slides/` for deck-wide problems. */
  readonly file: string;
  readonly slideId: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.slideId === DECK ? `${p.file} (the whole deck)` : `${p.file} (slide "${p.slideId}")`;
    return `  ${where}, field \`${p.field}\`: ${p.problem}\n    Fix: ${p.fix}`;
  });
  return `The deck's content has ${plural(problems.length, 'problem')}:\n${lines.join('\n')}`;
}

/** The slideId of a problem with the deck as a whole. */
const DECK = '(deck)';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const URL_SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slideProblems(entry: SlideEntry, citable: ReadonlySet<string>, context: LayoutContext): ContentProblem[] {
  const { file, slide } = entry;
  const layout = layoutOf(slide);
  const problems: ContentProblem[] = [];
  const report = (field: string, problem: string, fix: string): void => {
    problems.push({ file, slideId: slide.id, field, problem, fix });
  };

  if (!URL_SAFE_ID.test(slide.id)) {
    report('id', `"${slide.id}" is not URL-safe.`, 'Use lowercase letters and digits joined by single hyphens, e.g. "regional-dynamics".');
  }
  if (slide.title.trim() === '') {
    report('title', 'the title is empty.', 'Give the slide a short title; it is the heading and the PDF bookmark.');
  }
  const noteWords = countWords(slide.notes);
  if (noteWords < RULES.notesWords.min || noteWords > RULES.notesWords.max) {
    report(
      'notes',
      `the speaker notes have ${plural(noteWords, 'word')}.`,
      `Write ${RULES.notesWords.min}–${RULES.notesWords.max} words of script for this slide.`,
    );
  }
  const speaking = Math.round(speakingSeconds(slide.notes));
  if (!(slide.seconds > 0) || slide.seconds < speaking || slide.seconds > speaking + RULES.pauseSeconds) {
    report(
      'seconds',
      `the time budget is ${slide.seconds} s, but the notes take about ${speaking} s to speak.`,
      `Set seconds between ${speaking} and ${speaking + RULES.pauseSeconds}, or change the notes.`,
    );
  }
  if (slide.layout !== 'sources') {
    const shown = layout.visibleText(slide, context).reduce((sum, text) => sum + countWords(text), 0);
    if (shown > RULES.visibleWords) {
      report(
        'visible text',
        `the slide shows ${plural(shown, 'word')}.`,
        `Cut it to ${RULES.visibleWords} words or fewer (one idea a slide); move the rest into the notes.`,
      );
    }
  }
  for (const { field, index, count } of layout.drawnIndexes(slide)) {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      report(field, `it points at item ${index}, but there are only ${count} (counting from 0).`, `Use an index from 0 to ${count - 1}.`);
    }
  }
  for (const id of slide.cites) {
    if (!citable.has(id)) {
      report('cites', `it cites "${id}", which is not on the sources slide.`, 'Add that source to slides/sources.ts, or cite an id that is listed there.');
    }
  }
  return problems;
}

/** Every problem with the deck's content, or an empty list. */
export function findProblems(deck: readonly SlideEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceSlides = deck.filter((entry) => entry.slide.layout === 'sources');
  const listed = deck.flatMap((entry) => (entry.slide.layout === 'sources' ? entry.slide.sources : []));
  const citable = new Set(listed.map((source) => source.id));
  const context: LayoutContext = { deck: deck.map((entry) => entry.slide), sources: listed };
  if (sourceSlides.length !== 1) {
    problems.push({
      file: 'slides/',
      slideId: DECK,
      field: 'layout',
      problem: `the deck has ${plural(sourceSlides.length, 'sources slide')}.`,
      fix: 'Keep exactly one slide with layout "sources"; it lists every source the deck uses.',
    });
  }

  const seen = new Map<string, string>();
  for (const entry of deck) {
    const earlier = seen.get(entry.slide.id);
    if (earlier !== undefined) {
      problems.push({
        file: entry.file,
        slideId: entry.slide.id,
        field: 'id',
        problem: `the id is also used by ${earlier}.`,
        fix: 'Give each slide its own id; ids are the slides’ URLs.',
      });
    }
    seen.set(entry.slide.id, entry.file);
    problems.push(...slideProblems(entry, citable, context));
  }

  const total = deck.reduce((sum, entry) => sum + entry.slide.seconds, 0);
  const { target, tolerance } = RULES.totalSeconds;
  if (Math.abs(total - target) > tolerance) {
    problems.push({
      file: 'slides/',
      slideId: DECK,
      field: 'seconds',
      problem: `the time budgets add up to ${(total / 60).toFixed(1)} minutes.`,
      fix: `Make them total ${target / 60} minutes ± ${tolerance / 60} (${target - tolerance}–${target + tolerance} s) by trimming or extending slides.`,
    });
  }
  return problems;
}
