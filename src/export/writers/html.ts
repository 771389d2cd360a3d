import { oneFileHtml } from '../one-file-html.ts';
import type { Writer } from '../writer.ts';

/**
 * The deck as one HTML file that opens from disk (double-click) with no network: scripts,
 * styles and fonts inline, speaker view included, the handout page not. See one-file-html.ts.
 */
export const deckHtml: Writer = {
  description: 'the deck as one HTML file that opens from disk (<slug>.html)',
  fileName: (meta) => `${meta.slug}.html`,
  needsBrowser: false,
  async write(_capture, { distDir }) {
    const bytes = new TextEncoder().encode(await oneFileHtml(distDir));
    return { bytes, summary: 'one file' };
  },
};
