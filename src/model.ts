/**
 * The content model: every slide is one of these layouts. A slide module in `slides/`
 * default-exports `defineSlide({...})`, so a wrong or missing field is a compile error there.
 * All strings are plain text; the renderer escapes them (it only ever sets textContent).
 */

/** A source the deck draws on. Listed on the sources slide; cited by id from slides. */
export interface Source {
  readonly id: string;
  readonly outlet: string;
  /** How the line under a slide names it, e.g. "The Hindu". */
  readonly shortName: string;
  readonly title: string;
  /** ISO date ("2023-08-03"), or a year ("2018") where only the year is known. */
  readonly date: string;
  readonly url: string;
  /** One line: what the deck takes from it. */
  readonly usedFor: string;
}

/** A short phrase quoted from a source, attributed. */
export interface Quote {
  readonly text: string;
  readonly attribution: string;
}

interface SlideBase {
  /** Stable, URL-safe id (lowercase words joined by hyphens); the slide's URL is `#/<id>`. */
  readonly id: string;
  /** The slide's heading. Also the PDF bookmark. */
  readonly title: string;
  /** Speaker notes: a script to speak, 60–180 words. Paragraphs separated by a blank line. */
  readonly notes: string;
  /** Time budget in seconds (reveal.js `data-timing`), drives the speaker view's pacing. */
  readonly seconds: number;
  /** Ids of the sources this slide uses; each must be on the sources slide. */
  readonly cites: readonly string[];
}

export interface TitleSlide extends SlideBase {
  readonly layout: 'title';
  /** One-line framing under the title. */
  readonly subtitle: string;
  /** Date / presenter line. */
  readonly byline: string;
  /** Credit to the source article. */
  readonly credit: string;
}

export interface AgendaSlide extends SlideBase {
  readonly layout: 'agenda';
  /** The parts of the talk, in order. */
  readonly items: readonly { readonly label: string; readonly detail: string }[];
}

export interface PointsSlide extends SlideBase {
  readonly layout: 'points';
  /** Small label above the title, e.g. "Insight 1 of 3". */
  readonly kicker: string;
  /** The one idea of the slide, as a sentence. */
  readonly claim: string;
  /** Two or three short supporting points. */
  readonly points: readonly string[];
  readonly quote?: Quote;
}

export interface TimelineEvent {
  /** As it should be printed, e.g. "Oct 2005". */
  readonly when: string;
  /** Year as a number: the events of the latest year are called out. Markers are evenly spaced. */
  readonly year: number;
  readonly label: string;
  readonly detail: string;
}

export interface TimelineSlide extends SlideBase {
  readonly layout: 'timeline';
  readonly kicker: string;
  readonly events: readonly TimelineEvent[];
  /** A span drawn between two events, e.g. the 15-year term. Indexes into `events`. */
  readonly span: { readonly from: number; readonly to: number; readonly label: string };
}

export interface MapSlide extends SlideBase {
  readonly layout: 'map';
  readonly kicker: string;
  readonly claim: string;
  readonly points: readonly string[];
  /** Callouts placed on the map, by country. */
  readonly callouts: readonly { readonly country: MapCountry; readonly text: string }[];
}

export type MapCountry = 'Pakistan' | 'India' | 'Afghanistan' | 'Iran' | 'China';

export interface SynthesisSlide extends SlideBase {
  readonly layout: 'synthesis';
  readonly insights: readonly string[];
  readonly implications: readonly string[];
  /** Links drawn from insight index to implication index, revealed one by one. */
  readonly links: readonly { readonly from: number; readonly to: number; readonly why: string }[];
}

export interface ConclusionSlide extends SlideBase {
  readonly layout: 'conclusion';
  readonly takeaways: readonly string[];
  readonly watch: readonly string[];
}

export interface SourcesSlide extends SlideBase {
  readonly layout: 'sources';
  readonly sources: readonly Source[];
  /** Credit lines for data (e.g. map data), shown under the list. */
  readonly credits: readonly string[];
}

export type Slide =
  | TitleSlide
  | AgendaSlide
  | PointsSlide
  | TimelineSlide
  | MapSlide
  | SynthesisSlide
  | ConclusionSlide
  | SourcesSlide;

/** A slide together with the file it came from, for error messages. */
export interface SlideEntry {
  readonly file: string;
  readonly slide: Slide;
}

/**
 * Gives a slide module its type checking: a missing, misspelt or extra field is a compile error
 * (a plain, non-generic parameter, so TypeScript checks excess properties too).
 */
export function defineSlide(slide: Slide): Slide {
  return slide;
}
