import type { Capture } from './capture.ts';

/** What the export needs to know about the deck (from slides/meta.ts, passed down by the CLI). */
export interface DeckMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
  /** File-name stem: exports/<slug>.pdf and so on. */
  readonly slug: string;
}

/** Handout paper sizes (the handout page sets its @page size from `?paper=`). */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Everything a writer may use besides the capture. */
export interface ExportSettings {
  readonly meta: DeckMeta;
  readonly paper: Paper;
}

/** A finished file, in memory: nothing is on disk until every writer is done. */
export interface WrittenFile {
  readonly bytes: Uint8Array;
  /** For the report, e.g. "13 pages". */
  readonly summary: string;
}

/**
 * One output format. Writers read the shared capture of the built deck and return bytes; the
 * export writes every file in one atomic step. A new format is a new writer in writers/.
 */
export interface Writer {
  /** One line for --help, e.g. "the slides, one 16:9 page each". */
  readonly description: string;
  /** Starts loading what `write` needs (big libraries), so it loads while Chromium starts. */
  warmUp?(): Promise<unknown>;
  fileName(meta: DeckMeta): string;
  write(capture: Capture, settings: ExportSettings): Promise<WrittenFile>;
}
