import { CANVAS, PARTS, SLIDE_SELECTOR } from '../../constants.ts';
import { screenshots } from '../screenshot.ts';
import type { Writer } from '../writer.ts';

/** What the page says of one slide: its place in the print view, id, title and alternate text. */
interface SlideImage {
  readonly id: string;
  readonly title: string;
  readonly alt: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Runs in the page (self-contained): each slide of the print view, with its alternate text: the
 * words it shows, in reading order, each visual given by its own name and description.
 */
function describeSlides({ slide: selector, notes: notesSelector }: { slide: string; notes: string }): SlideImage[] {
  const fold = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll<HTMLElement>(selector)].map((section) => {
    const copy = section.cloneNode(true) as HTMLElement;
    // Words of separate blocks (and table cells, list items, flex items) are kept apart.
    const originals = [...section.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    originals.forEach((element, index) => {
      if (!getComputedStyle(element).display.startsWith('inline')) copies[index]?.append(' ');
    });
    copy.querySelectorAll(notesSelector).forEach((notes) => {
      notes.remove();
    });
    copy.querySelectorAll('svg').forEach((svg) => {
      const name = fold(svg.querySelector('title')?.textContent) || fold(svg.getAttribute('aria-label'));
      const description = fold(svg.querySelector('desc')?.textContent);
      const words = document.createElement('span');
      words.textContent = ` ${[name, description].filter(Boolean).join('. ')} `;
      svg.replaceWith(words);
    });
    const box = section.getBoundingClientRect();
    return {
      id: section.id,
      title: fold(section.querySelector('h1, h2')?.textContent),
      alt: fold(copy.textContent),
      x: box.left + scrollX,
      y: box.top + scrollY,
    };
  });
}

/** The file name of a slide's image: its place, then its id (`03-the-agreement.png`). */
export function imageName(position: number, count: number, id: string): string {
  return `${String(position).padStart(Math.max(2, String(count).length), '0')}-${id}.png`;
}

/** The list that goes with the images: for each, its file, the slide's title and its alternate text. */
export function imageList(deckTitle: string, slides: readonly { readonly file: string; readonly title: string; readonly alt: string }[]): string {
  const entries = slides.map((slide) => `${slide.file}\n  Title: ${slide.title}\n  Alt text: ${slide.alt}\n`);
  return `${deckTitle}: slide images\n\n${entries.join('\n')}`;
}

/** The image files a list (as imageList writes it) names: its lines that are not indented. */
export function imagesListed(list: string): string[] {
  return list.split('\n').filter((line) => line.endsWith('.png') && !line.startsWith(' '));
}

/**
 * One PNG per slide, every build step shown (the print view), 1920 × 1080 by default (`--scale`
 * for more), named by position and slide id, in a folder of their own with a list of their
 * titles and alternate text (`slides.txt`), for pasting into documents.
 */
export const png: Writer = {
  description: 'a PNG of each slide, and a list of their titles and alt text (<slug>-images/)',
  fileName: () => 'slides.txt',
  folder: (meta) => `${meta.slug}-images`,
  listedIn: (list) => imagesListed(list),
  byDefault: false,
  async write(browser, { meta, scale }) {
    const page = await browser.view('index.html?print-pdf');
    const slides = await page.evaluate(describeSlides, { slide: SLIDE_SELECTOR, notes: PARTS.notes.selector });
    if (slides.length === 0) throw new Error(`the deck's print view has no slides (${SLIDE_SELECTOR}).`);
    const pngs = await screenshots(
      page,
      slides.map((slide) => ({ x: slide.x, y: slide.y, w: CANVAS.width, h: CANVAS.height })),
      scale,
    );
    browser.release();
    const more = slides.map((slide, index) => {
      const bytes = pngs[index];
      if (slide.id === '' || !bytes?.length) throw new Error(`slide ${index + 1} (${slide.id || 'no id'}) gave no image.`);
      return { name: imageName(index + 1, slides.length, slide.id), bytes };
    });
    const list = imageList(
      meta.title,
      slides.map((slide, index) => ({ file: more[index]?.name ?? '', title: slide.title, alt: slide.alt })),
    );
    return {
      bytes: new TextEncoder().encode(list),
      more,
      summary: `${slides.length} images, ${CANVAS.width * scale} × ${CANVAS.height * scale}`,
    };
  },
};
