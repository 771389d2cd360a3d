import type { Slide, Source } from '../model.ts';

/** What a layout may look at besides its own slide: the whole deck (for generated slides) and the sources. */
export interface LayoutContext {
  readonly deck: readonly Slide[];
  readonly sources: readonly Source[];
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
  /** Every string the slide shows on screen (not its notes, not the generated source line). */
  visibleText(slide: S, context: LayoutContext): string[];
  /** The indexes the slide draws with; validation checks each is in range. */
  drawnIndexes(slide: S): DrawnIndex[];
  /** How many clicks the slide takes to build (its fragments); the notes cue each with "[click]". */
  buildSteps(slide: S): number;
  /** The most words the slide may show: about 40 for a slide of one idea, more for a grid or a record. */
  readonly maxVisibleWords: number;
}

/** For layouts that draw nothing by index. */
export const noDrawnIndexes = (): DrawnIndex[] => [];

/** For layouts shown whole, without build steps. */
export const noBuildSteps = (): number => 0;

/** The visible-word limit of a slide that makes one point. */
export const ONE_IDEA_WORDS = 40;
