/**
 * The content model: every slide is one of these layouts. A slide module in `slides/`
 * default-exports `defineSlide({...})`, so a wrong or missing field is a compile error there.
 * All strings are plain text; the renderer escapes them (it only ever sets textContent).
 */

/** A source the deck draws on. Listed on the sources slide; cited by id from slides. */
export interface Source {
  readonly id: string;
  readonly outlet: string;
  /** How the line under a slide names it, e.g. "The Express Tribune". */
  readonly shortName: string;
  readonly title: string;
  /** ISO date ("2023-08-03"), a month ("2023-09") or a year ("2018") where only that is known; "undated" if the report shows no date. */
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
  /** The slide's heading: on a content slide, its point as a short sentence. Also the PDF bookmark. */
  readonly title: string;
  /**
   * Speaker notes: a script to speak (see RULES in src/validate.ts for the word range).
   * Paragraphs are separated by a blank line. Where the presenter clicks to reveal a build
   * step, the paragraph starts with "[click]": one per build step of the slide.
   */
  readonly notes: string;
  /** Time budget in seconds (reveal.js `data-timing`), drives the speaker view's pacing. */
  readonly seconds: number;
  /** Ids of the sources this slide uses; each must be on the sources slide. */
  readonly cites: readonly string[];
}

/** A dated item of the record, with its source. */
export interface RecordItem {
  /** As printed, e.g. "3 Aug 2023", "7–10 May 2025". */
  readonly when: string;
  /** What happened, in neutral words (on a slide, a short line). */
  readonly text: string;
  /** The full account for the handout, where the slide's line is short (e.g. a quotation given whole). */
  readonly detail?: string;
  /** Id of its source (listed in slides/sources.ts). */
  readonly source: string;
  /** Shown on the slide as well as in the handout (at most three a slide); otherwise the handout only. */
  readonly onSlide?: boolean;
}

/** How the dated record stands against one of the article's claims. */
export type EvidenceStatus = 'reported' | 'partly' | 'article-only' | 'differs';

/**
 * One of the article's points set against the dated record. It drives the point's own slide
 * and its row in the claims-versus-record grid, so the two cannot disagree.
 */
export interface Evidence {
  /** Short row label for the grid, e.g. "Military ties". */
  readonly point: string;
  /** The article's claim, in our words. */
  readonly claim: string;
  readonly status: EvidenceStatus;
  /** What the record shows, in about eight words: the slide's verdict and the grid's row. */
  readonly finding: string;
  /**
   * The dated record behind the finding, oldest first, before and after the article; never
   * implying a link to the agreement that no report makes. All of it is in the handout; the
   * items marked `onSlide` are on the slide too. At least one item unless the status is 'article-only'.
   */
  readonly record: readonly RecordItem[];
  /** What was searched for and not found, and where the search stopped: printed under the record in the handout. */
  readonly notFound?: string;
}

/** A picture drawn on a point slide. */
export type PointFigure =
  /** Two lists side by side (e.g. what the article lists, what the press lists); items with equal `key` are matched. */
  | {
      readonly kind: 'compare';
      readonly left: FigureList;
      readonly right: FigureList;
    }
  /** An inference chain, step by step; a step the record does not support is drawn dashed. */
  | {
      readonly kind: 'chain';
      readonly steps: readonly { readonly text: string; readonly support: ChainSupport }[];
    }
  /** What each party holds, and when: one row per holder, each holding a bar from its start (to its end, or on). */
  | HoldingsFigure;

export interface HoldingsFigure {
  readonly kind: 'holdings';
  /** The span of the axis, e.g. "2000" to "2026-06-30" (the end is where the record stops). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly rows: readonly {
    readonly holder: string;
    readonly items: readonly {
      readonly label: string;
      readonly from: IsoDate;
      /** Its end; without one, it runs to the axis's end. */
      readonly to?: IsoDate;
      /** 'held' is drawn solid; 'unconfirmed' (reported, not confirmed) hatched and dashed. */
      readonly state: 'held' | 'unconfirmed';
    }[];
  }[];
}

export interface FigureList {
  readonly heading: string;
  readonly items: readonly { readonly key: string; readonly text: string }[];
}

export interface TitleSlide extends SlideBase {
  readonly layout: 'title';
  /** One-line framing under the title. */
  readonly subtitle: string;
  /** Date / presenter line. */
  readonly byline: string;
  /** Credit to the source article. */
  readonly credit: string;
  /** The briefing's time frame: what the article lacks, where the record stops. */
  readonly scope: readonly string[];
}

export interface AgendaSlide extends SlideBase {
  readonly layout: 'agenda';
  /** The parts of the talk, in order. */
  readonly items: readonly { readonly label: string; readonly detail: string }[];
}

/** A context slide: one claim and its supporting points. */
export interface PointsSlide extends SlideBase {
  readonly layout: 'points';
  /** Small label above the title, e.g. "Context". */
  readonly kicker: string;
  /** The one idea of the slide, as a sentence. */
  readonly claim: string;
  /** Two or three short supporting points. */
  readonly points: readonly string[];
  readonly quote?: Quote;
  /** A short line at the foot of the slide (e.g. a name variant). */
  readonly footnote?: string;
}

/** One of the article's points: its claim and the dated record, side by side, with a status. */
export interface EvidenceSlide extends SlideBase {
  readonly layout: 'evidence';
  /** "Insight 1 of 3", "Implication 2 of 3". */
  readonly kicker: string;
  readonly evidence: Evidence;
  readonly quote?: Quote;
  readonly figure?: PointFigure;
}

/** A date on the timeline: "2005-10", "2023-08-02", "2020". */
export type IsoDate = string;

export interface TimelineEvent {
  readonly date: IsoDate;
  /** As printed, e.g. "Oct 2005", "2–3 Aug 2023". */
  readonly when: string;
  readonly label: string;
  /** Its row: the subject's agreement, or the comparison's. */
  readonly lane: TimelineLane;
}

export type TimelineLane = 'subject' | 'comparison';

/** A span on the subject's lane, with its label. */
export interface TimelineSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly label: string;
}

/**
 * A timeline drawn to scale, with a zoomed inset for the busy months. Its years run from the
 * first date it shows to the record's end (the end of `unknown`).
 */
export interface TimelineSlide extends SlideBase {
  readonly layout: 'timeline';
  readonly kicker: string;
  /** The lanes' names, e.g. { subject: 'Pakistan–US', comparison: 'India–US' }. */
  readonly lanes: Readonly<Record<TimelineLane, string>>;
  readonly events: readonly TimelineEvent[];
  /** The agreement's term, drawn as a bar. */
  readonly term: TimelineSpan;
  /** The lapse, drawn as a shaded band. */
  readonly lapsed: TimelineSpan;
  /** Where the record cannot tell the agreement's status, up to where the record stops: drawn hatched. */
  readonly unknown: TimelineSpan;
  /** The months shown enlarged below the axis. */
  readonly inset: { readonly from: IsoDate; readonly to: IsoDate };
  /** The article's publication, on a lane of its own: its date and the lane's name. */
  readonly published: { readonly date: IsoDate; readonly label: string };
}

/** The claims-versus-record grid: its rows are generated from the evidence of the deck's point slides. */
export interface ScorecardSlide extends SlideBase {
  readonly layout: 'scorecard';
  readonly kicker: string;
  /** The column headings: the point, its status, and what the record shows. */
  readonly columns: readonly [string, string, string];
}

/** A dated item on a strip: on one side of the axis or the other. */
export interface StripItem {
  readonly date: IsoDate;
  /** As printed, e.g. "Jun 2025". */
  readonly when: string;
  /** A few words. */
  readonly label: string;
  readonly side: 'above' | 'below';
  readonly source: string;
}

/** A span of the record as one dated strip: two kinds of event either side of the axis, and dated marks across it. */
export interface StripSlide extends SlideBase {
  readonly layout: 'strip';
  readonly kicker: string;
  /** The axis's span, e.g. "2024-01" to "2026-06" (the record's end). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** What the items above and below the axis are, e.g. "Cooperation" and "Friction". */
  readonly sides: { readonly above: string; readonly below: string };
  readonly items: readonly StripItem[];
  /** Dates marked across the strip, e.g. a change of government, the record's end. */
  readonly marks: readonly { readonly date: IsoDate; readonly label: string }[];
}

/** Insights → implications: the links the article states shown at once, the briefing's own readings built one click each. */
export interface SynthesisSlide extends SlideBase {
  readonly layout: 'synthesis';
  readonly insights: readonly string[];
  readonly implications: readonly string[];
  /** Links from an insight (index) to an implication (index); the inferred ones are revealed one click each, in order. */
  readonly links: readonly {
    readonly from: number;
    readonly to: number;
    /** 'stated': the article itself makes the link (solid arrow); 'inferred': the briefing's reading (dashed). */
    readonly basis: 'stated' | 'inferred';
    /** The link's reason, shown on the slide. */
    readonly label: string;
  }[];
}

export interface ConclusionSlide extends SlideBase {
  readonly layout: 'conclusion';
  /** The headings of the two columns, e.g. "So what" and "Watch for". */
  readonly headings: readonly [string, string];
  /** Judgements for the audience: what the briefing means for them. */
  readonly takeaways: readonly string[];
  /** Dated indicators to watch where the record stops, each with what it would signal. */
  readonly watch: readonly { readonly indicator: string; readonly signal: string }[];
}

/** A list of sources; a long list can take several such slides. Every cited source is on one. */
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
  | EvidenceSlide
  | TimelineSlide
  | ScorecardSlide
  | StripSlide
  | SynthesisSlide
  | ConclusionSlide
  | SourcesSlide;

/** The support a step of an inference chain has. */
export type ChainSupport = 'record' | 'article' | 'unsupported';

/**
 * The words the layouts show around a deck's own content (labels, column heads, legends), in the
 * deck's language. They are content (slides/labels.ts): the layouts print no label of their own.
 * (The visuals' generated descriptions, their alternate text, are still English sentences built
 * in src/visuals.)
 */
export interface DeckLabels {
  /** Above the title slide's heading ("Briefing"), and the name of its scope list. */
  readonly titleKicker: string;
  readonly scopeName: string;
  /** Before a content slide's source line: with one source, with several. */
  readonly sourceLine: { readonly one: string; readonly many: string };
  /** Each status's word, beside its mark; and the name of the grid's legend of them. */
  readonly statuses: Readonly<Record<EvidenceStatus, string>>;
  readonly statusLegend: string;
  /** A point slide's two sides, and what its figure shows (after the point: "Counterterrorism: what each side lists"). */
  readonly article: string;
  readonly record: string;
  readonly figures: Readonly<Record<PointFigure['kind'], string>>;
  /** The handout's full record of a point: its title, column heads, and what it says when there is no record or a search found nothing. */
  readonly handoutRecord: {
    readonly title: string;
    readonly columns: readonly [when: string, what: string, source: string];
    readonly empty: string;
    readonly notFound: string;
  };
  /** A chain step's support label. */
  readonly chain: Readonly<Record<ChainSupport, string>>;
  /** A comparison's cell for an item one side does not list, the mark between matching items, and (for screen readers) the head of the column of marks. */
  readonly compare: { readonly missing: string; readonly match: string; readonly linkColumn: string };
  /** The synthesis diagram: its name, its two columns, and its legend's two kinds of link. */
  readonly synthesis: { readonly name: string; readonly insights: string; readonly implications: string; readonly stated: string; readonly inferred: string };
  /** Before the article's date on the timeline ("Published 20 Sep 2023"). */
  readonly published: string;
  /** The month names dates are written with ("20 Sep 2023"), January first. */
  readonly months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** The sentences the engine composes around the content: the figures' descriptions for screen readers (and the PDFs' alt text), and the handout's lines. */
  readonly phrases: DeckPhrases;
}

/** Sentence parts the engine fills in; each says in its comment what this deck's English reads. */
export interface DeckPhrases {
  /** A span between two dates or years: "Jul 2023 to Sep 2023". */
  readonly span: (from: string, to: string) => string;
  /** After the last date a figure draws: "where the record stops". */
  readonly recordStops: string;
  /** The timeline's accessible name, given its span: "Timeline to scale, 2005 to Jun 2026". */
  readonly timelineName: (span: string) => string;
  /** An item published on a date, in a description: "published 20 Sep 2023". */
  readonly publishedOn: (date: string) => string;
  /** A holding's state in a description: "held", "reported, not confirmed". */
  readonly holding: { readonly held: string; readonly reported: string };
  /** From a date: "from Jan 2020". */
  readonly from: (date: string) => string;
  /** Where a holdings figure is drawn to: "Drawn to Jun 2026, where the record stops." */
  readonly drawnTo: (date: string) => string;
  /** Two names together: "Pakistan and the United States". */
  readonly both: (first: string, second: string) => string;
  /** The handout's line above each slide: "Slide 3 of 16". */
  readonly slideOf: (number: number, total: number) => string;
  /** The handout's link that opens a slide full size in the presentation. */
  readonly openFullSize: string;
  /** The handout's name, after the deck's title in its page title: "handout with speaker notes". */
  readonly handout: string;
  /** The name of the handout's list of slides: "Slides". */
  readonly contents: string;
  /** A slide's time budget in the handout: "1 min 17 s" (minutes may be 0). */
  readonly duration: (minutes: number, seconds: number) => string;
  /** An insight leading to an implication, in the synthesis's description: "A to B". */
  readonly link: (from: string, to: string) => string;
}

/** Document-level facts about the deck (slides/meta.ts): page metadata, PDF properties, export file names. */
export interface DeckMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
  /** File-name stem: exports/<slug>.pdf and so on. */
  readonly slug: string;
  /** The talk's slot, if it has one: the slides' time budgets must add up to between these (seconds). */
  readonly timeSlot?: { readonly minSeconds: number; readonly maxSeconds: number };
}

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
