/**
 * What the PowerPoint export measures in the built deck: each slide as positioned items, in
 * pixels of the 1920×1080 canvas, relative to the slide's top left corner. Plain data: it
 * crosses from the browser page to Node as JSON.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface RunStyle {
  /** The first family of the CSS font-family, e.g. "Source Sans 3". */
  readonly font: string;
  /** The CSS font-family ends in `serif`: a substitute should be a serif too. */
  readonly serif: boolean;
  readonly sizePx: number;
  /** Extra space after each character (CSS letter-spacing), 0 for normal. */
  readonly letterSpacingPx: number;
  /** A CSS colour, as getComputedStyle gives it ("rgb(…)"). */
  readonly color: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly href: string | null;
}

export interface Run {
  readonly text: string;
  readonly style: RunStyle;
  /** Starts a new line within its paragraph (a block-level part that sits below the previous one). */
  readonly breakBefore: boolean;
}

export type Bullet = 'none' | 'bullet' | 'number';

export interface Paragraph {
  readonly runs: readonly Run[];
  readonly align: 'left' | 'center' | 'right';
  readonly lineHeightPx: number;
  /** Space between this paragraph and the one before it (a list's gap). */
  readonly spaceBeforePx: number;
  readonly bullet: Bullet;
  /** A numbered paragraph that does not follow its list's previous item in the same box: the number it shows. */
  readonly numberFrom?: number;
  /** Where the text starts after the bullet, from the box's left edge. */
  readonly indentPx: number;
  /** Tab stops, from the box's left edge: a part that sits beside the one before it starts at one. */
  readonly tabStopsPx: readonly number[];
}

export interface Line {
  readonly color: string;
  readonly widthPx: number;
  readonly dashed: boolean;
}

/** A step of a path, in canvas pixels relative to the slide. */
export type PathPoint =
  | { readonly type: 'move' | 'line'; readonly x: number; readonly y: number }
  | { readonly type: 'cubic'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly type: 'close' };

export interface Cell {
  readonly paragraphs: readonly Paragraph[];
  readonly fill: string | null;
  readonly valign: 'top' | 'middle' | 'bottom';
  /** Padding: top, right, bottom, left. */
  readonly paddingPx: readonly [number, number, number, number];
  readonly borderBottom: Line | null;
  /** A rule above the cell (its top border): a gap in the page's colour between rows. */
  readonly borderTop: Line | null;
  /** A frame drawn inside the cell on every side (a CSS outline, or an inset box-shadow), solid or dashed. */
  readonly frame: Line | null;
  /** Columns the cell spans (a table's foot spans them all); one if absent. */
  readonly span?: number;
}

export type Item =
  | { readonly kind: 'title'; readonly box: Box; readonly paragraphs: readonly Paragraph[] }
  | {
      readonly kind: 'text';
      readonly box: Box;
      readonly paragraphs: readonly Paragraph[];
      /** A badge's text (a number in a circle): centred across and down its fixed box. */
      readonly centred?: boolean;
      /** Text set in columns (a list of sources in two): their number and the gap between them. */
      readonly columns?: { readonly count: number; readonly gapPx: number };
    }
  | {
      readonly kind: 'shape';
      readonly box: Box;
      readonly fill: string | null;
      readonly line: Line | null;
      readonly geometry: 'rect' | 'roundRect' | 'ellipse' | 'pie' | 'diamond';
      /** A rounded rectangle's corner radius. */
      readonly radiusPx?: number;
      /** A pie's start and end, in degrees clockwise from three o'clock (a half-filled status mark). */
      readonly angles?: readonly [number, number];
    }
  | {
      /** Lines and curves (an SVG line, polyline, polygon or path), in canvas pixels relative to the slide. */
      readonly kind: 'path';
      readonly box: Box;
      readonly points: readonly PathPoint[];
      readonly fill: string | null;
      readonly line: Line | null;
      readonly arrowStart: boolean;
      readonly arrowEnd: boolean;
    }
  | {
      /** A visual (an SVG figure) drawn as native shapes and text: one group, with the figure's alt text. */
      readonly kind: 'drawing';
      readonly box: Box;
      readonly alt: string;
      readonly items: readonly Item[];
    }
  | { readonly kind: 'arrow'; readonly box: Box; readonly color: string; readonly widthPx: number }
  | {
      readonly kind: 'table';
      readonly box: Box;
      readonly columnsPx: readonly number[];
      /** Rows in the table's head (its header row, read by screen readers as such). */
      readonly headerRows: number;
      readonly rows: readonly { readonly heightPx: number; readonly cells: readonly Cell[] }[];
    }
  | {
      readonly kind: 'picture';
      readonly box: Box;
      /** Where to screenshot it in the page (page coordinates). */
      readonly pageBox: Box;
      /** The element as a self-contained SVG (computed styles inlined), or null: a picture only. */
      readonly svg: string | null;
      /** Alt text: the accessible name and description. */
      readonly alt: string;
    };

export interface MeasuredSlide {
  readonly id: string;
  readonly title: string;
  readonly background: string;
  readonly items: readonly Item[];
  /** The speaker notes, one string per paragraph, click cues kept. */
  readonly notes: readonly string[];
  /** Elements the export does not know, e.g. `img.photo`: added as pictures, and reported. */
  readonly unknown: readonly string[];
}

/** A font file the deck's stylesheets load (an @font-face rule with a WOFF source). */
export interface FontFaceFile {
  /** As the CSS names it, e.g. "Source Sans 3". */
  readonly family: string;
  readonly weight: number;
  readonly italic: boolean;
  /** The WOFF file, relative to the deck's folder (e.g. "assets/source-sans-3-latin-400-normal.woff"). */
  readonly path: string;
  /** Its unicode-range holds the basic Latin letters (or it has none). */
  readonly latin: boolean;
}

/** Every run of an item (its paragraphs, its cells', its parts'). */
function runsOfItem(item: Item): Run[] {
  switch (item.kind) {
    case 'title':
    case 'text':
      return item.paragraphs.flatMap((paragraph) => [...paragraph.runs]);
    case 'table':
      return item.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.flatMap((paragraph) => [...paragraph.runs])));
    case 'drawing':
      return item.items.flatMap(runsOfItem);
    default:
      return [];
  }
}

/** Every run of the slides. */
export function runsOf(slides: readonly MeasuredSlide[]): Run[] {
  return slides.flatMap((slide) => slide.items.flatMap(runsOfItem));
}

/** The fonts the slides use as serifs. */
export function serifFonts(slides: readonly MeasuredSlide[]): Set<string> {
  return new Set(runsOf(slides).flatMap((run) => (run.style.serif ? [run.style.font] : [])));
}
