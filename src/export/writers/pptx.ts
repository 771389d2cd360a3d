import { measureSlides } from '../pptx/measure-page.ts';
import { buildPresentation } from '../pptx/build-presentation.ts';
import { finishPptx } from '../pptx/finish-pptx.ts';
import { type MeasuredSlide, serifFonts } from '../pptx/measured.ts';
import { notNative } from '../pptx/report.ts';
import { screenshots } from '../screenshot.ts';
import type { Writer } from '../writer.ts';
import { emu } from '../pptx/geometry.ts';
import { MEASURED_SELECTORS, SLIDE_SELECTOR as SLIDES } from '../../constants.ts';

/** How much sharper than the canvas a picture's PNG fallback is. */
export const PNG_SCALE = 2;
const libraries = (): Promise<typeof import('../pptx/libraries.ts')> => import('../pptx/libraries.ts');

/**
 * An editable PowerPoint file: the print view (every build step shown) measured in Chromium,
 * each element placed as a native object where it is on the canvas, the visuals drawn as groups
 * of native shapes and text.
 */
export const pptx: Writer = {
  description: 'an editable PowerPoint file: text, tables, visuals and notes native (<slug>.pptx)',
  fileName: (meta) => `${meta.slug}.pptx`,
  async write(capture, { meta }) {
    const page = await capture.view('index.html?print-pdf');
    // The libraries load while the page measures itself: Node is idle then, and busy Chromium's start is left alone.
    const loading = libraries();
    loading.catch(() => undefined); // reported where it is awaited
    const slides = JSON.parse(await page.evaluate(measureSlides, MEASURED_SELECTORS)) as MeasuredSlide[];
    const { PptxGenJS, JSZip, xml } = await loading;
    if (slides.length === 0) throw new Error(`the deck's print view has no slides (${SLIDES}).`);
    const { presentation, pictures, groups, titles, tableHeaders } = buildPresentation(PptxGenJS, slides, meta);
    // The browser takes the PNGs (if any visual could not be drawn) while Node writes and finishes the file.
    const pngs =
      pictures.length === 0
        ? undefined
        : screenshots(
            page,
            pictures.map((picture) => picture.pageBox),
            PNG_SCALE,
          );
    pngs?.catch(() => undefined); // reported where finishPptx awaits it
    // Once the page is measured (and pictured), Chromium may close while the file is written.
    if (pngs) void pngs.then(capture.release, capture.release);
    else capture.release();
    const written = await presentation.write({ outputType: 'uint8array' }); // stored: finishPptx compresses it
    if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file as bytes.');
    const bytes = await finishPptx({ JSZip, xml }, written, {
      pictures: pngs
        ? pngs.then((taken) => pictures.map((picture, index) => ({ slide: picture.slide, name: picture.name, png: taken[index] ?? new Uint8Array() })))
        : [],
      notes: slides.map((slide) => slide.notes),
      groups: groups.map((group) => ({ ...group, emu: emu(group.box) })),
      titles: titles.map((title) => ({ slide: title.slide, emu: emu(title.box) })),
      keywords: meta.keywords,
      language: meta.language,
      serifFonts: serifFonts(slides),
      tableHeaders,
    });
    return { bytes, summary: `${slides.length} slides`, notices: notNative(slides) };
  },
};
