import { readFile } from 'node:fs/promises';
import { pathInside } from '../../node/path-inside.ts';
import { MEASURED_SELECTORS, SLIDE_SELECTOR as SLIDES } from '../../constants.ts';
import type { FontFaceFile, MeasuredSlide } from '../pptx/measured.ts';
import { embeddedFonts } from '../pptx/embedded-fonts.ts';
import { fontFacesExpression, measuringExpression, pageScript } from '../pptx/page-script.ts';
import { notNative } from '../pptx/report.ts';
import { writePptx } from '../pptx/write-pptx.ts';
import { screenshots } from '../screenshot.ts';
import type { Writer } from '../writer.ts';

/** How much sharper than the canvas a picture's PNG fallback is. */
export const PNG_SCALE = 2;
const libraries = (): Promise<typeof import('../pptx/libraries.ts')> => import('../pptx/libraries.ts');

/** A file of the built deck, by its path relative to the deck's folder (a font the page loads): never outside that folder. */
async function readBuiltFile(distDir: string, path: string): Promise<Uint8Array> {
  const file = pathInside(distDir, path);
  if (file === undefined) throw new Error(`the page names a font outside the built deck: ${path}`);
  return readFile(file);
}

/**
 * An editable PowerPoint file: the print view (every build step shown) measured in Chromium by
 * the page script (pptx/page/), each element placed as a native object where it is on the canvas,
 * the visuals drawn as groups of native shapes and text (pptx/write-pptx.ts).
 */
export const pptx: Writer = {
  description: 'an editable PowerPoint file: text, tables, visuals and notes native, fonts embedded (<slug>.pptx)',
  fileName: (meta) => `${meta.slug}.pptx`,
  async write(capture, { meta, projectDir, distDir }) {
    // The page's script is bundled while Chromium loads the view.
    const script = pageScript(projectDir);
    script.catch(() => undefined); // reported where it is awaited
    const page = await capture.view('index.html?print-pdf');
    // The libraries load while the page measures itself: Node is idle then, and busy Chromium's start is left alone.
    const loading = libraries();
    loading.catch(() => undefined); // reported where it is awaited
    const measured: unknown = await page.evaluate(measuringExpression(await script, MEASURED_SELECTORS));
    if (typeof measured !== 'string') throw new Error('the page script did not return the slides as JSON.');
    const slides = JSON.parse(measured) as MeasuredSlide[];
    if (slides.length === 0) throw new Error(`the deck's print view has no slides (${SLIDES}).`);
    const faces = JSON.parse(String(await page.evaluate(fontFacesExpression(await script)))) as FontFaceFile[];
    const { fonts, notices } = await embeddedFonts(slides, faces, (path) => readBuiltFile(distDir, path));
    // Once the page is measured (and pictured), Chromium may close while the file is written.
    const bytes = await writePptx(
      await loading,
      slides,
      meta,
      (pageBoxes) => {
        if (pageBoxes.length === 0) {
          capture.release();
          return Promise.resolve([]);
        }
        const pngs = screenshots(page, pageBoxes, PNG_SCALE);
        void pngs.then(capture.release, capture.release);
        return pngs;
      },
      fonts,
    );
    return { bytes, summary: `${slides.length} slides, ${fonts.length} font faces embedded`, notices: [...notNative(slides), ...notices] };
  },
};
