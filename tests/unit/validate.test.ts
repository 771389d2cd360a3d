import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import type { Slide, SlideEntry } from '../../src/model.ts';
import { findProblems, formatProblems } from '../../src/validate.ts';
import { deckMeta } from '../../slides/meta.ts';

/** The real deck with one slide replaced: a bad fixture that differs from good content in one way. */
function withSlide(id: string, change: (slide: Slide) => Slide): SlideEntry[] {
  return deck.map((entry) => (entry.slide.id === id ? { ...entry, slide: change(entry.slide) } : entry));
}

function messageFor(entries: readonly SlideEntry[]): string {
  return formatProblems(findProblems(entries, deckMeta.timeSlot));
}

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('content validation', () => {
  it('accepts the real deck', () => {
    expect(findProblems(deck)).toEqual([]);
  });

  it('rejects a duplicate id, naming both files', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, id: 'title' })));
    expect(message).toContain('slides/02-roadmap.ts (slide "title"), field `id`: the id is also used by slides/01-title.ts');
    expect(message).toContain('Fix: Give each slide its own id');
  });

  it('rejects an id that is not URL-safe', () => {
    const message = messageFor(withSlide('timeline', (slide) => ({ ...slide, id: 'Time Line!' })));
    expect(message).toContain('slides/04-timeline.ts (slide "Time Line!"), field `id`: "Time Line!" is not URL-safe.');
    expect(message).toContain('Fix: Use lowercase letters and digits joined by single hyphens');
  });

  it('rejects an empty title', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, title: '  ' })));
    expect(message).toContain('slides/02-roadmap.ts (slide "roadmap"), field `title`: the title is empty.');
  });

  it('rejects notes that are too short or too long', () => {
    const short = messageFor(withSlide('military-ties', (slide) => ({ ...slide, notes: 'Too short.' })));
    expect(short).toContain('slides/05-military-ties.ts (slide "military-ties"), field `notes`: the speaker notes have 2 words.');
    expect(short).toContain('Fix: Write 40–260 words of script for this slide.');
    const long = messageFor(withSlide('military-ties', (slide) => ({ ...slide, notes: words(261) })));
    expect(long).toContain('field `notes`: the speaker notes have 261 words.');
  });

  it('rejects a time budget shorter than the notes take to speak', () => {
    const message = messageFor(withSlide('counterterrorism', (slide) => ({ ...slide, seconds: 10 })));
    expect(message).toMatch(
      /slides\/07-counterterrorism\.ts \(slide "counterterrorism"\), field `seconds`: the time budget is 10 s, but the notes take about \d+ s to speak\./,
    );
  });

  it('rejects budgets that do not add up to the talk’s slot (here 15 to 16 minutes), and has no slot when the deck names none', () => {
    const stretched = deck.map((entry) => ({ ...entry, slide: { ...entry.slide, notes: words(170), seconds: 100 } }));
    const message = messageFor(stretched);
    expect(message).toContain('slides/ (the whole deck), field `seconds`: the time budgets add up to 26.7 minutes.');
    expect(message).toContain('Fix: Make them total 15 to 16 minutes (900–960 s)');
    expect(formatProblems(findProblems(stretched))).not.toContain('the time budgets add up');
  });

  it('names a missing time budget as missing', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, seconds: undefined as unknown as number })));
    expect(message).toMatch(/slides\/02-roadmap\.ts \(slide "roadmap"\), field `seconds`: the time budget is missing\.\n\s+Fix: Add seconds: \d+ to \d+/);
    expect(message).not.toContain('undefined');
  });

  it('gives the conclusion at least 90 s and the synthesis at most 45 s', () => {
    const short = messageFor(withSlide('conclusion', (slide) => ({ ...slide, notes: words(120), seconds: 60 })));
    expect(short).toContain(
      'slides/14-conclusion.ts (slide "conclusion"), field `seconds`: a slide of layout "conclusion" needs at least 90 s; this one has 60 s.',
    );
    const long = messageFor(withSlide('synthesis', (slide) => ({ ...slide, notes: `${words(100)}\n\n[click] a.\n\n[click] b.`, seconds: 60 })));
    expect(long).toContain('field `seconds`: a slide of layout "synthesis" may take at most 45 s; this one has 60 s.');
  });

  it('lets a point slide show at most three record items', () => {
    const message = messageFor(
      withSlide('non-proliferation', (slide) =>
        slide.layout === 'evidence'
          ? { ...slide, evidence: { ...slide.evidence, record: slide.evidence.record.map((item) => ({ ...item, onSlide: true })) } }
          : slide,
      ),
    );
    expect(message).toContain('slides/10-non-proliferation.ts (slide "non-proliferation"), field `evidence.record`: 6 record items are marked onSlide.');
    expect(message).toContain('Fix: Mark at most 3');
  });

  it('caps the roadmap and the sources slide, however long their notes', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, notes: words(100), seconds: 60 })));
    expect(message).toContain('slides/02-roadmap.ts (slide "roadmap"), field `seconds`: a slide of layout "agenda" may take at most 45 s; this one has 60 s.');
  });

  it('rejects a sentence too long to speak', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, notes: `${words(31)}. ${words(20)}.` })));
    expect(message).toContain('field `notes`: a sentence has 31 words: "word0 word1 word2 word3 word4 word5…".');
  });

  it('rejects notes whose click cues do not match the build steps', () => {
    const missing = messageFor(withSlide('synthesis', (slide) => ({ ...slide, notes: slide.notes.replace('[click] ', '') })));
    expect(missing).toMatch(
      /slides\/13-synthesis\.ts \(slide "synthesis"\), field `notes`: the notes cue 1 click \("\[click\]"\), but the slide builds in 2 steps\./,
    );
    const extra = messageFor(withSlide('roadmap', (slide) => ({ ...slide, notes: `[click] ${slide.notes}` })));
    expect(extra).toContain('field `notes`: the notes cue 1 click ("[click]"), but the slide builds in 0 steps.');
  });

  it('rejects a content slide without a source line', () => {
    const message = messageFor(withSlide('roadmap', (slide) => ({ ...slide, cites: [] })));
    expect(message).toContain('slides/02-roadmap.ts (slide "roadmap"), field `cites`: the slide cites no source, so it has no source line.');
  });

  it('rejects a record item whose source the slide does not cite', () => {
    const message = messageFor(withSlide('military-ties', (slide) => ({ ...slide, cites: slide.cites.filter((id) => id !== 'tribune-2023') })));
    expect(message).toMatch(/field `evidence\.record\[\d\]\.source`: it cites "tribune-2023", which the slide's `cites` does not list\./);
  });

  it('rejects a point without record unless it is marked article-only', () => {
    const message = messageFor(
      withSlide('military-ties', (slide) => (slide.layout === 'evidence' ? { ...slide, evidence: { ...slide.evidence, record: [], claim: ' ' } } : slide)),
    );
    expect(message).toContain('field `evidence.claim`: it is empty.');
    expect(message).toContain('field `evidence.record`: the status is "partly", but no record item backs it.');
    expect(message).toContain('or set the status to "article-only" if the record is silent.');
  });

  it('rejects a citation of a source that is not on a sources slide', () => {
    const message = messageFor(withSlide('timeline', (slide) => ({ ...slide, cites: [...slide.cites, 'wikipedia'] })));
    expect(message).toContain('slides/04-timeline.ts (slide "timeline"), field `cites`: it cites "wikipedia", which is not on a sources slide.');
    expect(message).not.toContain('Did you mean');
  });

  it('names an unknown source id in a record item, and suggests the nearest', () => {
    const message = messageFor(
      withSlide('military-ties', (slide) =>
        slide.layout === 'evidence'
          ? {
              ...slide,
              evidence: { ...slide.evidence, record: slide.evidence.record.map((item, i) => (i === 2 ? { ...item, source: 'brecorder-2025-6' } : item)) },
            }
          : slide,
      ),
    );
    expect(message).toContain(
      'slides/05-military-ties.ts (slide "military-ties"), field `evidence.record[2].source`: it cites "brecorder-2025-6", which is not on a sources slide.',
    );
    expect(message).toContain('Fix: Did you mean "brecorder-2025-06"? Add that source to slides/sources.ts');
  });

  it('rejects a deck without its sources slide', () => {
    const message = messageFor(deck.filter((entry) => entry.slide.layout !== 'sources'));
    expect(message).toContain('slides/ (the whole deck), field `layout`: the deck has 0 sources slides.');
  });

  it('rejects a diagram link that points past its items', () => {
    const badLink = messageFor(
      withSlide('synthesis', (slide) =>
        slide.layout === 'synthesis' ? { ...slide, links: [...slide.links, { from: 0, to: 3, basis: 'stated', label: 'x' }] } : slide,
      ),
    );
    expect(badLink).toMatch(
      /slides\/13-synthesis\.ts \(slide "synthesis"\), field `links\[\d+\]\.to`: it points at item 3, but there are only 3 \(counting from 0\)\.\n\s+Fix: Use an index from 0 to 2\./,
    );
  });

  it('lists every problem in one message', () => {
    const broken = withSlide('roadmap', (slide) => ({ ...slide, id: 'Bad Id', notes: 'short' }));
    expect(messageFor(broken)).toMatch(/has 3 problems:\n.*field `id`.*\n.*\n.*field `notes`: the speaker notes have 1 word\.\n.*\n.*field `seconds`/);
  });
});

describe('content validation of malformed data (what the type checker would also reject)', () => {
  it('names a misspelt layout and lists the layouts, rather than crashing', () => {
    const message = messageFor(withSlide('the-agreement', (slide) => ({ ...slide, layout: 'pionts' }) as unknown as Slide));
    expect(message).toContain('slides/03-the-agreement.ts (slide "the-agreement"), field `layout`: "pionts" is not a layout.');
    expect(message).toMatch(/Fix: Use one of: title, agenda, points, evidence/);
  });

  it('reports data that does not fit its layout as a problem, not a crash', () => {
    const message = messageFor(withSlide('military-ties', (slide) => ({ ...slide, evidence: undefined }) as unknown as Slide));
    expect(message).toMatch(
      /slides\/05-military-ties\.ts \(slide "military-ties"\), field `\(the slide\)`: its data does not fit the "evidence" layout \(.+\)\./,
    );
  });
});
