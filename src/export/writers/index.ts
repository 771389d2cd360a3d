import type { Writer } from '../writer.ts';
import { deckHtml } from './html.ts';
import { notesPdf } from './notes-pdf.ts';
import { png } from './png.ts';
import { pptx } from './pptx.ts';
import { slidesPdf } from './slides-pdf.ts';

/**
 * Every format the export writes, by the name `--only` takes, in the order they are written.
 * Adding a format: one writer module, one line here.
 */
export const WRITERS = {
  slides: slidesPdf,
  notes: notesPdf,
  pptx,
  html: deckHtml,
  png,
} as const satisfies Record<string, Writer>;

export type Format = keyof typeof WRITERS;

export const FORMATS = Object.keys(WRITERS) as Format[];

/** The formats written when --only is not given. */
export const DEFAULT_FORMATS = FORMATS.filter((format) => (WRITERS[format] as Writer).byDefault !== false);
