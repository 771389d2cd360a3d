import { describe, expect, it } from 'vitest';
import type { Slide, SlideEntry } from '../../src/model.ts';
import { findProblems, formatProblems } from '../../src/validate.ts';
import { fixtureEntries as deck, fixtureTimeSlot } from './fixtures/deck.ts';

/** The fixture deck (fixtures/deck.ts) with one slide replaced: bad content that differs from good content in one way. */
function withSlide(id: string, change: (slide: Slide) => Slide): SlideEntry[] {
  return deck.map((entry) => (entry.slide.id === id ? { ...entry, slide: change(entry.slide) } : entry));
}

function messageFor(entries: readonly SlideEntry[]): string {
  return formatProblems(findProblems(entries, fixtureTimeSlot));
}

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('content validation', () => {
  it('accepts a valid deck', () => {
    expect(findProblems(deck, fixtureTimeSlot)).toEqual([]);
  });

  it('rejects a duplicate id, naming both files', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, id: 'opening' })));
    expect(message).toContain('fixture/02-plan.ts (slide "opening"), field `id`: the id is also used by fixture/01-opening.ts');
    expect(message).toContain('Fix: Give each slide its own id');
  });

  it('rejects an id that is not URL-safe', () => {
    const message = messageFor(withSlide('history', (slide) => ({ ...slide, id: 'Time Line!' })));
    expect(message).toContain('fixture/04-history.ts (slide "Time Line!"), field `id`: "Time Line!" is not URL-safe.');
    expect(message).toContain('Fix: Use lowercase letters and digits joined by single hyphens');
  });

  it('rejects an empty title', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, title: '  ' })));
    expect(message).toContain('fixture/02-plan.ts (slide "plan"), field `title`: the title is empty.');
  });

  it('rejects notes that are too short or too long', () => {
    const short = messageFor(withSlide('costs', (slide) => ({ ...slide, notes: 'Too short.' })));
    expect(short).toContain('fixture/06-costs.ts (slide "costs"), field `notes`: the speaker notes have 2 words.');
    expect(short).toContain('Fix: Write 40–260 words of script for this slide.');
    const long = messageFor(withSlide('costs', (slide) => ({ ...slide, notes: words(261) })));
    expect(long).toContain('field `notes`: the speaker notes have 261 words.');
  });

  it('rejects a time budget shorter than the notes take to speak', () => {
    const message = messageFor(withSlide('riders', (slide) => ({ ...slide, seconds: 10 })));
    expect(message).toMatch(/fixture\/05-riders\.ts \(slide "riders"\), field `seconds`: the time budget is 10 s, but the notes take about \d+ s to speak\./);
  });

  it('rejects budgets that do not add up to the talk’s slot (here 9 to 10 minutes), and has no slot when the deck names none', () => {
    const stretched = deck.map((entry) => ({ ...entry, slide: { ...entry.slide, notes: words(170), seconds: 100 } }));
    const message = messageFor(stretched);
    expect(message).toContain('fixture/ (the whole deck), field `seconds`: the time budgets add up to 21.7 minutes.');
    expect(message).toContain('Fix: Make them total 9 to 10 minutes (540–600 s)');
    expect(formatProblems(findProblems(stretched))).not.toContain('the time budgets add up');
  });

  it('names a missing time budget as missing', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, seconds: undefined as unknown as number })));
    expect(message).toMatch(/fixture\/02-plan\.ts \(slide "plan"\), field `seconds`: the time budget is missing\.\n\s+Fix: Add seconds: \d+ to \d+/);
    expect(message).not.toContain('undefined');
  });

  it('gives the conclusion at least 90 s and the synthesis at most 45 s', () => {
    const short = messageFor(withSlide('end', (slide) => ({ ...slide, notes: words(120), seconds: 60 })));
    expect(short).toContain('fixture/12-end.ts (slide "end"), field `seconds`: a slide of layout "conclusion" needs at least 90 s; this one has 60 s.');
    const long = messageFor(withSlide('links', (slide) => ({ ...slide, notes: `${words(100)}\n\n[click] a.`, seconds: 60 })));
    expect(long).toContain('field `seconds`: a slide of layout "synthesis" may take at most 45 s; this one has 60 s.');
  });

  it('lets a point slide show at most three record items', () => {
    const message = messageFor(
      withSlide('fares', (slide) =>
        slide.layout === 'evidence'
          ? {
              ...slide,
              evidence: { ...slide.evidence, record: [...slide.evidence.record, ...slide.evidence.record].map((item) => ({ ...item, onSlide: true })) },
            }
          : slide,
      ),
    );
    expect(message).toContain('fixture/08-fares.ts (slide "fares"), field `evidence.record`: 4 record items are marked onSlide.');
    expect(message).toContain('Fix: Mark at most 3');
  });

  it('caps the roadmap and the sources slide, however long their notes', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, notes: words(100), seconds: 60 })));
    expect(message).toContain('fixture/02-plan.ts (slide "plan"), field `seconds`: a slide of layout "agenda" may take at most 45 s; this one has 60 s.');
  });

  it('rejects a sentence too long to speak', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, notes: `${words(31)}. ${words(20)}.` })));
    expect(message).toContain('field `notes`: a sentence has 31 words: "word0 word1 word2 word3 word4 word5…".');
  });

  it('rejects notes whose click cues do not match the build steps', () => {
    const missing = messageFor(
      withSlide('links', (slide) => ({ ...slide, notes: `${slide.notes.replace('[click] ', '')}\n\n[click] More.\n\n[click] And more.` })),
    );
    expect(missing).toMatch(/fixture\/11-links\.ts \(slide "links"\), field `notes`: the notes cue 2 clicks \("\[click\]"\), but the slide builds in 1 step\./);
    const extra = messageFor(withSlide('plan', (slide) => ({ ...slide, notes: `[click] ${slide.notes}` })));
    expect(extra).toContain('field `notes`: the notes cue 1 click ("[click]"), but the slide builds in 0 steps.');
  });

  it('rejects a content slide without a source line', () => {
    const message = messageFor(withSlide('plan', (slide) => ({ ...slide, cites: [] })));
    expect(message).toContain('fixture/02-plan.ts (slide "plan"), field `cites`: the slide cites no source, so it has no source line.');
  });

  it('rejects a record item whose source the slide does not cite', () => {
    const message = messageFor(withSlide('costs', (slide) => ({ ...slide, cites: slide.cites.filter((id) => id !== 'gazette-2021') })));
    expect(message).toMatch(/field `evidence\.record\[0\]\.source`: it cites "gazette-2021", which the slide's `cites` does not list\./);
  });

  it('rejects a point without record unless it is marked article-only', () => {
    const message = messageFor(
      withSlide('costs', (slide) => (slide.layout === 'evidence' ? { ...slide, evidence: { ...slide.evidence, record: [], claim: ' ' } } : slide)),
    );
    expect(message).toContain('field `evidence.claim`: it is empty.');
    expect(message).toContain('field `evidence.record`: the status is "partly", but no record item backs it.');
    expect(message).toContain('or set the status to "article-only" if the record is silent.');
  });

  it('rejects a citation of a source that is not on a sources slide', () => {
    const message = messageFor(withSlide('history', (slide) => ({ ...slide, cites: [...slide.cites, 'wikipedia'] })));
    expect(message).toContain('fixture/04-history.ts (slide "history"), field `cites`: it cites "wikipedia", which is not on a sources slide.');
    expect(message).not.toContain('Did you mean');
  });

  it('names an unknown source id in a record item, and suggests the nearest', () => {
    const message = messageFor(
      withSlide('costs', (slide) =>
        slide.layout === 'evidence'
          ? {
              ...slide,
              evidence: { ...slide.evidence, record: slide.evidence.record.map((item, i) => (i === 1 ? { ...item, source: 'counsil-2024' } : item)) },
            }
          : slide,
      ),
    );
    expect(message).toContain(
      'fixture/06-costs.ts (slide "costs"), field `evidence.record[1].source`: it cites "counsil-2024", which is not on a sources slide.',
    );
    expect(message).toContain('Fix: Did you mean "council-2024"? Add that source to fixture/sources.ts');
  });

  it('rejects a deck without its sources slide', () => {
    const message = messageFor(deck.filter((entry) => entry.slide.layout !== 'sources'));
    expect(message).toContain('fixture/ (the whole deck), field `layout`: the deck has 0 sources slides.');
  });

  it('rejects a diagram link that points past its items', () => {
    const badLink = messageFor(
      withSlide('links', (slide) =>
        slide.layout === 'synthesis' ? { ...slide, links: [...slide.links, { from: 0, to: 3, basis: 'stated', label: 'x' }] } : slide,
      ),
    );
    expect(badLink).toMatch(
      /fixture\/11-links\.ts \(slide "links"\), field `links\[\d+\]\.to`: it points at item 3, but there are only 2 \(counting from 0\)\.\n\s+Fix: Use an index from 0 to 1\./,
    );
  });

  it('lists every problem in one message', () => {
    const broken = withSlide('plan', (slide) => ({ ...slide, id: 'Bad Id', notes: 'short' }));
    expect(messageFor(broken)).toMatch(/has 3 problems:\n.*field `id`.*\n.*\n.*field `notes`: the speaker notes have 1 word\.\n.*\n.*field `seconds`/);
  });
});

describe('content validation of malformed data (what the type checker would also reject)', () => {
  it('names a misspelt layout and lists the layouts, rather than crashing', () => {
    const message = messageFor(withSlide('the-pact', (slide) => ({ ...slide, layout: 'pionts' }) as unknown as Slide));
    expect(message).toContain('fixture/03-the-pact.ts (slide "the-pact"), field `layout`: "pionts" is not a layout.');
    expect(message).toMatch(/Fix: Use one of: title, agenda, points, evidence/);
  });

  it('reports data that does not fit its layout as a problem, not a crash', () => {
    const message = messageFor(withSlide('costs', (slide) => ({ ...slide, evidence: undefined }) as unknown as Slide));
    expect(message).toMatch(/fixture\/06-costs\.ts \(slide "costs"\), field `\(the slide\)`: its data does not fit the "evidence" layout \(.+\)\./);
  });
});
