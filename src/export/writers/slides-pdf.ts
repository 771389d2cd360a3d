import { CANVAS, SLIDE_SELECTOR } from '../../constants.ts';
import { finishPdf } from '../pdf-document.ts';
import { printPdf } from '../print.ts';
import type { Writer } from '../writer.ts';

/** The slides PDF: reveal.js's print view, one 16:9 page per slide with every build step shown. */
export const slidesPdf: Writer = {
  description: 'the slides, one 16:9 page each (<slug>.pdf)',
  fileName: (meta) => `${meta.slug}.pdf`,
  async write(capture, { meta }) {
    const page = await capture.view('index.html?print-pdf');
    const printed = await printPdf(page, SLIDE_SELECTOR, { width: `${CANVAS.width}px`, height: `${CANVAS.height}px` }, 'the slides');
    const finished = await finishPdf(printed.bytes, printed.slides, meta, true);
    return { bytes: finished.bytes, summary: `${finished.pages} pages` };
  },
};
