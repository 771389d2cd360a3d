import type { RecordItem, Slide, SlideEntry } from './model.ts';
import { countWords, speakingSeconds } from './words.ts';
import { countCues, CUE } from './notes.ts';
import { layoutOf, type LayoutContext } from './layouts/index.ts';

/** The rules every deck must satisfy. Change them here; messages quote them. */
export const RULES = {
  notesWords: { min: 40, max: 260 },
  /** The longest sentence a presenter should have to speak. */
  sentenceWords: 30,
  /** Slides that must stay short whatever their notes: the route through the talk, and the reference list. */
  maxSeconds: { agenda: 45, sources: 30 } as Partial<Record<Slide['layout'], number>>,
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

/** The longest sentence of a text, in words, and how it starts. */
export function longestSentence(text: string): { words: number; start: string } {
  const sentences = text.replace(/\[click\]/g, ' ').split(/(?<=[.?!…])[”’"]?\s+/);
  let longest = { words: 0, start: '' };
  for (const sentence of sentences) {
    const words = countWords(sentence);
    if (words > longest.words) longest = { words, start: sentence.trim().split(/\s+/).slice(0, 6).join(' ') };
  }
  return longest;
}

/** Every dated record item a slide shows, with the field it is in. */
function recordItems(slide: Slide): [string, RecordItem][] {
  const items: [string, RecordItem][] = [];
  if (slide.layout === 'evidence' || slide.layout === 'map') {
    slide.evidence.record.forEach((item, i) => items.push([`evidence.record[${i}].source`, item]));
    (slide.evidence.sinceThen ?? []).forEach((item, i) => items.push([`evidence.sinceThen[${i}].source`, item]));
  }
  if (slide.layout === 'record') {
    slide.groups.forEach((group, g) => group.items.forEach((item, i) => items.push([`groups[${g}].items[${i}].source`, item])));
  }
  return items;
}

/** A point of the article needs its claim, a finding, and a record item unless it is marked "article only". */
function evidenceProblems(slide: Slide): Pick<ContentProblem, 'field' | 'problem' | 'fix'>[] {
  if (slide.layout !== 'evidence' && slide.layout !== 'map') return [];
  const { evidence } = slide;
  const problems: Pick<ContentProblem, 'field' | 'problem' | 'fix'>[] = [];
  for (const field of ['point', 'claim', 'finding'] as const) {
    if (evidence[field].trim() === '') problems.push({ field: `evidence.${field}`, problem: 'it is empty.', fix: `Write the point's ${field} in a short line; the slide and the claims-versus-record grid show it.` });
  }
  if (evidence.record.length === 0 && evidence.status !== 'article-only') {
    problems.push({
      field: 'evidence.record',
      problem: `the status is "${evidence.status}", but no record item backs it.`,
      fix: 'Add at least one dated, cited record item, or set the status to "article-only" if the record is silent.',
    });
  }
  return problems;
}

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
  const cap = RULES.maxSeconds[slide.layout];
  if (cap !== undefined && slide.seconds > cap) {
    report('seconds', `a slide of layout "${slide.layout}" may take at most ${cap} s; this one has ${slide.seconds} s.`, `Cut its notes so that they take ${cap} s or less; the time belongs to the slides that carry the argument.`);
  }
  const longest = longestSentence(slide.notes);
  if (longest.words > RULES.sentenceWords) {
    report('notes', `a sentence has ${longest.words} words: "${longest.start}…".`, `Split it: keep spoken sentences to ${RULES.sentenceWords} words or fewer.`);
  }
  const shown = layout.visibleText(slide, context).reduce((sum, text) => sum + countWords(text), 0);
  if (shown > layout.maxVisibleWords) {
    report(
      'visible text',
      `the slide shows ${plural(shown, 'word')}.`,
      `Cut it to ${layout.maxVisibleWords} words or fewer (the limit for a ${slide.layout} slide); move the rest into the notes.`,
    );
  }
  const steps = layout.buildSteps(slide);
  const cues = countCues(slide.notes);
  if (cues !== steps) {
    report('notes', `the notes cue ${plural(cues, 'click')} ("${CUE}"), but the slide builds in ${plural(steps, 'step')}.`, `Start the paragraph spoken at each build step with "${CUE}": ${steps} in all.`);
  }
  if (slide.layout !== 'title' && slide.layout !== 'sources' && slide.cites.length === 0) {
    report('cites', 'the slide cites no source, so it has no source line.', 'List the ids of the sources the slide uses (from slides/sources.ts).');
  }
  for (const [field, item] of recordItems(slide)) {
    if (!slide.cites.includes(item.source)) {
      report(field, `it cites "${item.source}", which the slide's \`cites\` does not list.`, `Add "${item.source}" to the slide's cites, so the source line names it.`);
    }
  }
  for (const problem of evidenceProblems(slide)) report(problem.field, problem.problem, problem.fix);
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
