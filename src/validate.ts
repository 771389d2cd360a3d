import type { DeckMeta, RecordItem, Slide, SlideEntry } from './model.ts';
import { countWords, speakingSeconds } from './words.ts';
import { countCues, CUE } from './notes.ts';
import { layoutOf, layouts } from './layouts/index.ts';

/** The rules every deck must satisfy. Change them here; messages quote them. */
export const RULES = {
  notesWords: { min: 40, max: 260 },
  /** The longest sentence a presenter should have to speak. */
  sentenceWords: 30,
  /** Slides that must stay short whatever their notes: the route, the diagram that sums up, the reference list. */
  maxSeconds: { agenda: 45, synthesis: 45, sources: 30 } as Partial<Record<Slide['layout'], number>>,
  /** Slides that need their time: the conclusion is what the audience takes away. */
  minSeconds: { conclusion: 90 } as Partial<Record<Slide['layout'], number>>,
  /** The most record items a point slide shows (the handout has them all). */
  recordItemsOnSlide: 3,
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

/** Edits (insertions, deletions, substitutions) that turn one string into another. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** "Did you mean "x"? " for the nearest known id, if one is near enough to be a typo; else "". */
export function suggest(id: string, known: ReadonlySet<string>): string {
  let nearest = '';
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < distance) [nearest, distance] = [candidate, d];
  }
  return distance <= Math.max(2, Math.floor(id.length / 3)) ? `Did you mean "${nearest}"? ` : '';
}

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

/** Every dated item a slide carries (on the slide or for the handout), with its field and whether the slide shows it. */
function datedItems(slide: Slide): { field: string; source: string; shown: boolean }[] {
  if (slide.layout === 'evidence') {
    return slide.evidence.record.map((item: RecordItem, i) => ({ field: `evidence.record[${i}].source`, source: item.source, shown: item.onSlide === true }));
  }
  if (slide.layout === 'strip') return slide.items.map((item, i) => ({ field: `items[${i}].source`, source: item.source, shown: true }));
  return [];
}

/** A point of the article needs its claim, a finding, and a record item unless it is marked "article only". */
function evidenceProblems(slide: Slide): Pick<ContentProblem, 'field' | 'problem' | 'fix'>[] {
  if (slide.layout !== 'evidence') return [];
  const { evidence } = slide;
  const problems: Pick<ContentProblem, 'field' | 'problem' | 'fix'>[] = [];
  const shown = evidence.record.filter((item) => item.onSlide === true).length;
  if (shown > RULES.recordItemsOnSlide) {
    problems.push({
      field: 'evidence.record',
      problem: `${shown} record items are marked onSlide.`,
      fix: `Mark at most ${RULES.recordItemsOnSlide} (the ones the point turns on); the handout prints the whole record.`,
    });
  }
  for (const field of ['point', 'claim', 'finding'] as const) {
    if (evidence[field].trim() === '')
      problems.push({
        field: `evidence.${field}`,
        problem: 'it is empty.',
        fix: `Write the point's ${field} in a short line; the slide and the claims-versus-record grid show it.`,
      });
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

function slideProblems(entry: SlideEntry, citable: ReadonlySet<string>): ContentProblem[] {
  const { file, slide } = entry;
  const layout = layoutOf(slide);
  // The deck's list of sources, beside its slides (slides/sources.ts for the briefing).
  const sourcesFile = `${file.slice(0, file.lastIndexOf('/') + 1)}sources.ts`;
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
  if (typeof slide.seconds !== 'number') {
    report(
      'seconds',
      'the time budget is missing.',
      `Add seconds: ${speaking} to ${speaking + RULES.pauseSeconds}, the time its notes take to speak plus pauses.`,
    );
  } else if (!(slide.seconds > 0) || slide.seconds < speaking || slide.seconds > speaking + RULES.pauseSeconds) {
    report(
      'seconds',
      `the time budget is ${slide.seconds} s, but the notes take about ${speaking} s to speak.`,
      `Set seconds between ${speaking} and ${speaking + RULES.pauseSeconds}, or change the notes.`,
    );
  }
  const cap = RULES.maxSeconds[slide.layout];
  if (cap !== undefined && slide.seconds > cap) {
    report(
      'seconds',
      `a slide of layout "${slide.layout}" may take at most ${cap} s; this one has ${slide.seconds} s.`,
      `Cut its notes so that they take ${cap} s or less; the time belongs to the slides that carry the argument.`,
    );
  }
  const floor = RULES.minSeconds[slide.layout];
  if (floor !== undefined && slide.seconds < floor) {
    report(
      'seconds',
      `a slide of layout "${slide.layout}" needs at least ${floor} s; this one has ${slide.seconds} s.`,
      `Give it ${floor} s or more, with notes to match: it is what the audience takes away.`,
    );
  }
  const longest = longestSentence(slide.notes);
  if (longest.words > RULES.sentenceWords) {
    report('notes', `a sentence has ${longest.words} words: "${longest.start}…".`, `Split it: keep spoken sentences to ${RULES.sentenceWords} words or fewer.`);
  }
  const steps = layout.buildSteps(slide);
  const cues = countCues(slide.notes);
  if (cues !== steps) {
    report(
      'notes',
      `the notes cue ${plural(cues, 'click')} ("${CUE}"), but the slide builds in ${plural(steps, 'step')}.`,
      `Start the paragraph spoken at each build step with "${CUE}": ${steps} in all.`,
    );
  }
  if (slide.layout !== 'title' && slide.layout !== 'sources' && slide.cites.length === 0) {
    report('cites', 'the slide cites no source, so it has no source line.', `List the ids of the sources the slide uses (from ${sourcesFile}).`);
  }
  for (const { field, source, shown } of datedItems(slide)) {
    if (!citable.has(source)) {
      report(
        field,
        `it cites "${source}", which is not on a sources slide.`,
        `${suggest(source, citable)}Add that source to ${sourcesFile}, or cite an id listed there.`,
      );
    } else if (shown && !slide.cites.includes(source)) {
      report(field, `it cites "${source}", which the slide's \`cites\` does not list.`, `Add "${source}" to the slide's cites, so the source line names it.`);
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
      report(
        'cites',
        `it cites "${id}", which is not on a sources slide.`,
        `${suggest(id, citable)}Add that source to ${sourcesFile}, or cite an id listed there.`,
      );
    }
  }
  return problems;
}

/**
 * A slide's problems, never a crash: data that does not fit its layout (which the type checker
 * names first, with file and line) is reported as such.
 */
function safeSlideProblems(entry: SlideEntry, citable: ReadonlySet<string>): ContentProblem[] {
  const { file, slide } = entry;
  const slideId = typeof slide.id === 'string' ? slide.id : '(no id)';
  const layout: unknown = (slide as { layout?: unknown }).layout;
  if (typeof layout !== 'string' || !(layout in layouts)) {
    return [{ file, slideId, field: 'layout', problem: `${JSON.stringify(layout)} is not a layout.`, fix: `Use one of: ${Object.keys(layouts).join(', ')}.` }];
  }
  try {
    return slideProblems(entry, citable);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        file,
        slideId,
        field: '(the slide)',
        problem: `its data does not fit the "${layout}" layout (${reason}).`,
        fix: "Compare it with the layout's fields in src/model.ts; the type checker (npm run typecheck) names the line.",
      },
    ];
  }
}

/** The deck's folder as its slides' files name it ("slides/"), for problems of the whole deck. */
const deckFolder = (deck: readonly SlideEntry[]): string => {
  const file = deck[0]?.file ?? 'slides/';
  return file.slice(0, file.lastIndexOf('/') + 1);
};

/** Every problem with the deck's content (its time budgets against the talk's slot, if it has one), or an empty list. */
export function findProblems(deck: readonly SlideEntry[], timeSlot?: DeckMeta['timeSlot']): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = deckFolder(deck);
  const sourceSlides = deck.filter((entry) => entry.slide.layout === 'sources');
  const listed = deck.flatMap((entry) => (entry.slide.layout === 'sources' ? entry.slide.sources : []));
  const citable = new Set(listed.map((source) => source.id));
  if (sourceSlides.length === 0) {
    problems.push({
      file: folder,
      slideId: DECK,
      field: 'layout',
      problem: `the deck has ${plural(sourceSlides.length, 'sources slide')}.`,
      fix: 'Add a slide with layout "sources" that lists every source the deck uses (a long list can take several).',
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
    problems.push(...safeSlideProblems(entry, citable));
  }

  const total = deck.reduce((sum, entry) => sum + entry.slide.seconds, 0);
  const { minSeconds: min, maxSeconds: max } = timeSlot ?? { minSeconds: 0, maxSeconds: Number.POSITIVE_INFINITY };
  if (total < min || total > max) {
    problems.push({
      file: folder,
      slideId: DECK,
      field: 'seconds',
      problem: `the time budgets add up to ${(total / 60).toFixed(1)} minutes.`,
      fix: `Make them total ${min / 60} to ${max / 60} minutes (${min}–${max} s) by trimming or extending slides.`,
    });
  }
  return problems;
}
