import { PAPER_SIZES, type Paper } from '../constants.ts';
import type { DeckMeta } from '../model.ts';
import type { Capture } from './capture.ts';

export type { DeckMeta, Paper };

/** Handout paper sizes (the handout page sets its @page size from `?paper=`), defined in constants.ts. */
export const PAPERS = Object.keys(PAPER_SIZES) as Paper[];

/** Everything a writer may use besides the capture. */
export interface ExportSettings {
  readonly meta: DeckMeta;
  readonly paper: Paper;
  /** The built deck (dist/), for writers that read its files rather than a browser view. */
  readonly distDir: string;
  /** The project (the engine's own sources: a script a writer bundles for the page, e.g. pptx/page-script.ts). */
  readonly projectDir: string;
  /** Pixels per canvas pixel for image formats (1: 1920 × 1080). */
  readonly scale: number;
}

/** A finished file, in memory: nothing is on disk until every writer is done. */
export interface WrittenFile {
  readonly bytes: Uint8Array;
  /** For the report, e.g. "13 pages". */
  readonly summary: string;
  /** Anything the format could not carry over as it is (printed with the progress), e.g. "slide 4: its visual is a picture". */
  readonly notices?: readonly string[];
  /** Further files of the same format, beside the main one (names relative to its folder), written in the same step. */
  readonly more?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

/**
 * One output format. Writers read the shared capture of the built deck and return bytes; the
 * export writes every file in one atomic step. A new format is a new writer in writers/.
 */
export interface Writer {
  /** One line for --help, e.g. "the slides, one 16:9 page each". */
  readonly description: string;
  /** `false` for a writer that never loads a view of the deck: an export of only such formats starts no browser. */
  readonly needsBrowser?: false;
  /** `false` for a format written only when asked for with --only. */
  readonly byDefault?: false;
  fileName(meta: DeckMeta): string;
  /** A format of several files writes them into a folder of its own, under the output folder. */
  folder?(meta: DeckMeta): string;
  /**
   * The further files an earlier main file of this format lists (e.g. the images of a list):
   * those this export does not write again (a slide since removed) are removed once the new
   * files are in place. Nothing else in the folder is touched.
   */
  listedIn?(mainFile: string): string[];
  write(capture: Capture, settings: ExportSettings): Promise<WrittenFile>;
}
