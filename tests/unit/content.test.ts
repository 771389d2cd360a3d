/**
 * The briefing's own content, checked against the rules an informed reader would hold it to.
 * (The generic rules every deck must pass are in validate.test.ts; here, what this deck says.)
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckMeta } from '../../slides/meta.ts';
import { sources } from '../../slides/sources.ts';
import type { EvidenceSlide, RecordItem, Slide } from '../../src/model.ts';
import { findProblems } from '../../src/validate.ts';

const slides = deck.map((entry) => entry.slide);
const everything = (slide: Slide): string => JSON.stringify(slide);
const all = slides.map(everything).join('\n');
const notes = slides.map((slide) => slide.notes).join('\n\n');
const points = slides.filter((slide): slide is EvidenceSlide => slide.layout === 'evidence');
const point = (id: string): EvidenceSlide => {
  const found = points.find((slide) => slide.id === id);
  if (!found) throw new Error(`no point slide "${id}"`);
  return found;
};
const records: RecordItem[] = points.flatMap((slide) => [...slide.evidence.record]);
const recordText = (item: RecordItem): string => item.detail ?? item.text;

/** Every string in a slide, split into sentences. */
function sentences(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/(?<=[.?!])\s+/);
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(sentences);
  return [];
}

describe('the briefing in slides/', () => {
  it('passes every content rule', () => {
    expect(findProblems(deck, deckMeta.timeSlot)).toEqual([]);
  });

  it('sets each of the article’s six points against the record, in the article’s order', () => {
    expect(points.map((slide) => slide.kicker)).toEqual([
      'Insight 1 of 3',
      'Insight 2 of 3',
      'Insight 3 of 3',
      'Implication 1 of 3',
      'Implication 2 of 3',
      'Implication 3 of 3',
    ]);
    expect(slides.filter((slide) => slide.layout === 'scorecard')).toHaveLength(1);
  });

  describe('says no more than the record shows', () => {
    it('calls the renewal reported in the title, the metadata and the subtitle; no heading states a signing or a renewal as done', () => {
      expect(slides[0]?.title).toMatch(/reported/i);
      expect(deckMeta.title).toMatch(/reported/i);
      expect(deckMeta.subject).toMatch(/reported/i);
      for (const slide of slides) {
        expect(slide.title, slide.id).not.toMatch(/\b(signed|renewed|signs|renews)\b/i);
        if (/\brenewal\b/i.test(slide.title)) expect(slide.title, slide.id).toMatch(/reported|unconfirmed/i);
      }
    });

    it('never says Pakistan holds the agreement now, and names India’s four agreements and Pakistan’s lapsed one', () => {
      expect(all).not.toMatch(/both neighbours hold/i);
      const regional = point('regional-dynamics');
      expect(regional.evidence.finding).toBe('No report assesses a shift');
      expect(regional.title).toMatch(/four/);
      expect(regional.title).toMatch(/unconfirmed/);
      expect(regional.figure?.kind).toBe('holdings');
      if (regional.figure?.kind !== 'holdings') return;
      const india = regional.figure.rows.find((row) => row.holder === 'India');
      expect(india?.items.map((item) => `${item.label} ${item.from.slice(0, 4)}`)).toEqual(['GSOMIA 2002', 'LEMOA 2016', 'COMCASA 2018', 'BECA 2020']);
      const pakistan = regional.figure.rows.find((row) => row.holder === 'Pakistan');
      expect(pakistan?.items.map((item) => [item.from.slice(0, 4), item.to?.slice(0, 4), item.state])).toEqual([
        ['2005', '2020', 'held'],
        ['2023', undefined, 'unconfirmed'],
      ]);
      expect(all).not.toMatch(/no measured shift/i);
    });

    it('draws the status after the reported approval as unknown up to where the record stops, and the article on a lane of its own', () => {
      const timeline = slides.find((slide) => slide.layout === 'timeline');
      if (timeline?.layout !== 'timeline') throw new Error('no timeline');
      expect(timeline.lapsed.to).toBe(timeline.unknown.from);
      expect(timeline.unknown.to.startsWith('2026-06')).toBe(true);
      expect(timeline.published).toEqual({ date: '2023-09-20', label: 'The article' });
    });
  });

  describe('the sanctions and the F-16 notification', () => {
    it('has all four rounds of missile sanctions, and never “twice in 2024”', () => {
      const rounds = point('non-proliferation')
        .evidence.record.filter((item) => /sanction|designates/i.test(item.text))
        .map((item) => item.when);
      expect(rounds).toEqual(['20 Oct 2023', '19 Apr 2024', '12 Sep 2024', '18 Dec 2024']);
      expect(all).not.toMatch(/twice in 2024/i);
    });

    it('quotes the notification’s purpose whole, or not at all', () => {
      const whole = '“with U.S. and partner forces in ongoing counterterrorism efforts and in preparation for future contingency operations”';
      const mentions = sentences(slides).filter((sentence) => /interoperability/i.test(sentence) && /F-16|counterterrorism/i.test(sentence));
      expect(records.map(recordText).some((text) => text.includes(whole))).toBe(true);
      for (const sentence of mentions.filter((sentence) => sentence.includes('“with U.S.'))) expect(sentence).toContain(whole);
      expect(all).not.toMatch(/interoperability with US forces for counterterrorism/i);
    });
  });

  describe('balance: each side once, in parallel words', () => {
    it('gives three accounts of the May 2025 ceasefire, dated: the US, Pakistan and India each “says”', () => {
      const accounts = point('regional-dynamics').evidence.record.filter((item) => /ceasefire/.test(item.text) && /says/.test(item.text));
      expect(accounts.map((item) => item.text.split(' says')[0])).toEqual(['The US', 'Pakistan', 'India']);
      for (const item of accounts) expect(item.when).toMatch(/\d{4}/);
      expect(notes).toMatch(
        /The United States says, on 10 May, that it played a role\. Pakistan says, on 10 May, that the US facilitated it\. India says, on 17 and 18 June,/,
      );
    });

    it('mentions the Pahalgam attack with each side’s position', () => {
      const record = point('regional-dynamics')
        .evidence.record.map((item) => item.text)
        .join('\n');
      expect(record).toMatch(/Pahalgam/);
      expect(record).toMatch(/India says/);
      expect(record).toMatch(/Pakistan says/);
      expect(record).toMatch(/The US says/);
    });

    it('gives the US rationale for the missile sanctions and Pakistan’s reply once each, in the script', () => {
      expect(notes.match(/Finer/g)).toHaveLength(1);
      expect(notes.match(/unfounded/g)).toHaveLength(1);
      expect(notes).not.toMatch(/unfortunate and biased/);
      expect(all.match(/unfortunate and biased/g)).toHaveLength(1);
    });
  });

  describe('fair to the article', () => {
    it('calls the absence of intelligence exchange in 2023 reports “not mentioned”, not a refutation', () => {
      const counterterrorism = point('counterterrorism');
      expect(counterterrorism.evidence.finding).toMatch(/not mentioned/);
      expect(counterterrorism.notes).toMatch(/silence, not a denial/);
      expect(everything(counterterrorism)).not.toMatch(/no match|not listed/i);
    });

    it('uses the 2018 India–US statement on access to advanced defence systems for the technology claim', () => {
      const technology = point('advanced-technology');
      expect(
        technology.evidence.record.some(
          (item) => item.source === 'indianexpress-2018' && /access advanced defence systems/.test(item.text) && item.onSlide === true,
        ),
      ).toBe(true);
    });

    it('keeps the article’s hedge: “could potentially”, never “expects”', () => {
      expect(point('regional-dynamics').evidence.claim).toMatch(/“could potentially”/);
      expect(notes).not.toMatch(/\bexpects\b/);
    });

    it('keeps the article’s wording on counterterrorism: coordination in operations, not joint operations', () => {
      expect(everything(point('counterterrorism'))).toContain('coordination in military operations');
      expect(all.replace(/not joint operations/g, '')).not.toMatch(/joint operations/i);
    });
  });

  describe('attribution', () => {
    it('attributes “legal cover” to the Tribune’s sources', () => {
      for (const sentence of sentences(slides).filter((text) => /legal cover/i.test(text))) expect(sentence).toMatch(/Tribune’s sources/);
    });

    it('credits the primary report for the 2023 approval, and The Express Tribune wherever its rewrites are cited', () => {
      const approval = records.find((item) => /approval to sign/i.test(item.text));
      expect(approval?.source).toBe('tribune-2023');
      for (const slide of slides) {
        if (slide.cites.includes('hindu-2023') || slide.cites.includes('federal-2023')) expect(slide.cites, slide.id).toContain('tribune-2023');
      }
    });

    it('gives Gen. Munir his 2023 title, “then army chief”, in every 2023 event', () => {
      const in2023 = sentences(slides).filter((sentence) => /Munir/.test(sentence) && /Kurilla|Central Command|CENTCOM/.test(sentence));
      expect(in2023.length).toBeGreaterThan(2);
      for (const sentence of in2023) expect(sentence).toMatch(/then army chief/);
    });
  });

  describe('the script', () => {
    it('expands each acronym in the notes where it is first said', () => {
      const expansions: Record<string, RegExp> = {
        COMCASA: /COMCASA, the Communications Compatibility and Security Agreement/,
        DSCA: /Defense Security Cooperation Agency, or DSCA/,
        'Link-16': /Link-16, a secure military data link/,
        BLA: /Balochistan Liberation Army, or BLA/,
      };
      for (const [acronym, expansion] of Object.entries(expansions)) {
        const first = notes.indexOf(acronym);
        const match = expansion.exec(notes);
        expect(match, acronym).not.toBeNull();
        expect((match?.index ?? 0) <= first + 60, `${acronym} is expanded at its first use`).toBe(true);
      }
      // The handout's record expands the rest where they appear.
      expect(all).toMatch(/TTP \(Tehrik-i-Taliban Pakistan\)/);
      expect(all).toMatch(/AMRAAM \(Advanced Medium-Range Air-to-Air Missile\)/);
    });

    it('says “no report links …” once per section, not on every slide', () => {
      const said = slides.filter((slide) => /none of (those|these) reports links/i.test(slide.notes)).map((slide) => slide.id);
      expect(said).toEqual(['military-ties', 'record-strip']);
    });

    it('reads the grid’s columns in their order in the notes', () => {
      const grid = slides.find((slide) => slide.layout === 'scorecard');
      if (grid?.layout !== 'scorecard') throw new Error('no grid');
      expect(grid.columns).toEqual(['Point', 'Status', 'Record']);
      expect(grid.notes).toMatch(/the point, its status, and what the record shows/);
    });
  });

  describe('into 2026, and where the record stops', () => {
    it('carries 2026 items on the points they bear on, and says where the record stops and why', () => {
      for (const id of ['counterterrorism', 'us-pakistan-relations', 'advanced-technology']) {
        expect(
          point(id).evidence.record.some((item) => /2026|after Dec 2025/.test(item.when)),
          id,
        ).toBe(true);
      }
      const title = slides[0];
      expect(title?.layout === 'title' && title.scope.join(' ')).toMatch(/June 2026; nothing found after/);
      const conclusion = slides.find((slide) => slide.layout === 'conclusion');
      expect(conclusion?.notes).toMatch(/record stops in June 2026/);
      expect(conclusion?.notes).toMatch(/limit of our search, not proof that nothing happened/);
    });

    it('shows one dated strip from 2024 to mid-2026 with the change of US administration marked, and no item a point slide already shows', () => {
      const strips = slides.filter((slide) => slide.layout === 'strip');
      expect(strips).toHaveLength(1);
      const strip = strips[0];
      if (strip?.layout !== 'strip') return;
      expect([strip.from, strip.to.slice(0, 7)]).toEqual(['2024-01', '2026-06']);
      expect(strip.marks.map((mark) => mark.date)).toContain('2025-01');
      expect(new Set(strip.items.map((item) => item.side))).toEqual(new Set(['above', 'below']));
      const onPoints = points.flatMap((slide) => slide.evidence.record.filter((item) => item.onSlide === true).map((item) => item.source));
      for (const item of strip.items) expect(onPoints, item.label).not.toContain(item.source);
    });

    it('ends with three judgements and three or four dated indicators, each with what it would signal', () => {
      const conclusion = slides.find((slide) => slide.layout === 'conclusion');
      if (conclusion?.layout !== 'conclusion') throw new Error('no conclusion');
      expect(conclusion.takeaways).toHaveLength(3);
      expect(conclusion.watch.length).toBeGreaterThanOrEqual(3);
      expect(conclusion.watch.length).toBeLessThanOrEqual(4);
      for (const item of conclusion.watch) {
        expect(item.indicator).toMatch(/\b(19|20)\d\d\b/);
        expect(item.signal).toMatch(/would/);
      }
    });
  });

  it('names the agreement as the 2023 reports do, and the article’s variant once, on the agreement slide', () => {
    expect(all).toContain('Communication Interoperability and Security Memorandum of Agreement');
    const variant = slides.filter((slide) => everything(slide).includes('Communication and Information Security Memorandum of Agreement'));
    expect(variant.map((slide) => slide.id)).toEqual(['the-agreement']);
  });

  it('lists every source it uses, and uses every source it lists', () => {
    const used = new Set([
      ...slides.flatMap((slide) => slide.cites),
      ...records.map((item) => item.source),
      ...slides.flatMap((slide) => (slide.layout === 'strip' ? slide.items.map((item) => item.source) : [])),
    ]);
    expect([...used].filter((id) => !sources.some((source) => source.id === id))).toEqual([]);
    expect(sources.map((source) => source.id).filter((id) => !used.has(id))).toEqual([]);
    const listed = slides.flatMap((slide) => (slide.layout === 'sources' ? slide.sources.map((source) => source.id) : []));
    expect([...listed].sort()).toEqual(sources.map((source) => source.id).sort());
  });

  it('gives the synthesis at most 45 s, the conclusion at least 90 s, and the talk 15 to 16 minutes', () => {
    const seconds = (id: string): number => slides.find((slide) => slide.id === id)?.seconds ?? Number.NaN;
    expect(seconds('synthesis')).toBeLessThanOrEqual(45);
    expect(seconds('conclusion')).toBeGreaterThanOrEqual(90);
    const total = slides.reduce((sum, slide) => sum + slide.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(15 * 60);
    expect(total).toBeLessThanOrEqual(16 * 60);
  });
});
