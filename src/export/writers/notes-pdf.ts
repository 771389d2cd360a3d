import { finishPdf } from '../pdf-document.ts';
import { printPdf } from '../print.ts';
import type { Writer } from '../writer.ts';

/** The handout PDF: each slide with its speaker notes, on the paper the handout page sets. */
export const notesPdf: Writer = {
  description: 'a handout: each slide with its speaker notes (<slug>-notes.pdf)',
  fileName: (meta) => `${meta.slug}-notes.pdf`,
  async write(capture, { meta, paper }) {
    const page = await capture.view(`handout.html?paper=${paper}`);
    const printed = await printPdf(page, '.handout-entry section.slide', 'css', 'the handout');
    const finished = await finishPdf(printed.bytes, printed.slides, meta, false);
    return { bytes: finished.bytes, summary: `${finished.pages} pages` };
  },
};
