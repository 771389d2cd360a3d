import type { DeckLabels, Slide, Source } from '../model.ts';

/** What a layout may look at besides its own slide: the whole deck (for generated slides), the sources, and the deck's labels. */
export interface LayoutContext {
  readonly deck: readonly Slide[];
  readonly sources: readonly Source[];
  readonly labels: DeckLabels;
}

/** An index a slide uses to draw something (a timeline span, a diagram link), with the range it must fall in. */
export interface DrawnIndex {
  readonly field: string;
  readonly index: number;
  readonly count: number;
}

/**
 * Everything one layout is, in one object: how it is drawn, what it shows, and what validation
 * must check about it. Method syntax on purpose: a `Layout<TitleSlide>` can then stand in for a
 * `Layout<Slide>` once the registry has picked it by the slide's `layout` field.
 */
export interface Layout<S extends Slide> {
  /** The slide's visible content (inside its frame; the source line and notes are added around it). */
  render(slide: S, context: LayoutContext): Node[];
  /** The reader's copy: detail that is not on the slide, printed under it in the handout (optional). */
  handout?(slide: S, context: LayoutContext): Node[];
  /** The indexes the slide draws with; validation checks each is in range. */
  drawnIndexes(slide: S): DrawnIndex[];
  /** How many clicks the slide takes to build (its fragments); the notes cue each with "[click]". */
  buildSteps(slide: S): number;
}

/** For layouts that draw nothing by index. */
export const noDrawnIndexes = (): DrawnIndex[] => [];

/** For layouts shown whole, without build steps. */
export const noBuildSteps = (): number => 0;
