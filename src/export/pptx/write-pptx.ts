/**
 * The PowerPoint file from the measured slides (Node, no browser): pptxgenjs builds it, then
 * finish-pptx.ts places titles, groups visuals, splits notes and makes every part valid. The only
 * thing it asks of the page is the PNGs of the figures it could not draw natively.
 */
import type { DeckMeta } from '../../model.ts';
import { buildPresentation } from './build-presentation.ts';
import type { EmbeddedFont } from './embedded-fonts.ts';
import { finishPptx } from './finish-pptx.ts';
import { emu } from './geometry.ts';
import type { Box, MeasuredSlide } from './measured.ts';
import { serifFonts } from './measured.ts';

/** The libraries it works with, loaded by the writer only when it runs (libraries.ts). */
export type PptxLibraries = typeof import('./libraries.ts');

/**
 * Pictures of these parts of the page (none, when every figure is native), as PNGs in the same
 * order. Called exactly once, as soon as the file is built: the PNGs are taken while it is written.
 */
export type TakePictures = (pageBoxes: readonly Box[]) => Promise<readonly Uint8Array[]>;

export async function writePptx(
  libraries: PptxLibraries,
  slides: readonly MeasuredSlide[],
  meta: DeckMeta,
  takePictures: TakePictures,
  fonts: readonly EmbeddedFont[] = [],
): Promise<Uint8Array> {
  const { PptxGenJS, JSZip, xml } = libraries;
  const { presentation, pictures, groups, titles, tableHeaders, columns } = buildPresentation(PptxGenJS, slides, meta);
  const fallbacks = takePictures(pictures.map((picture) => picture.pageBox)).then((taken) =>
    pictures.map((picture, index) => ({ slide: picture.slide, name: picture.name, png: taken[index] ?? new Uint8Array() })),
  );
  // Handled before any await: a failed screenshot is reported where finishPptx awaits it, never as an unhandled rejection.
  fallbacks.catch(() => undefined);
  const written = await presentation.write({ outputType: 'uint8array' }); // stored: finishPptx compresses it
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file as bytes.');
  return finishPptx({ JSZip, xml }, written, {
    pictures: fallbacks,
    notes: slides.map((slide) => slide.notes),
    groups: groups.map((group) => ({ ...group, emu: emu(group.box) })),
    titles: titles.map((title) => ({ slide: title.slide, emu: emu(title.box) })),
    keywords: meta.keywords,
    language: meta.language,
    serifFonts: serifFonts(slides),
    tableHeaders,
    columns,
    fonts,
  });
}
