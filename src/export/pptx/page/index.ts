/**
 * The PowerPoint export's measuring, run IN THE PAGE (browser code, bundled into one script by
 * ../page-script.ts): reads every slide of reveal.js's print view (all build steps shown) into
 * positioned items — titles, text with its runs, lists, tables, shapes, SVG visuals as drawings
 * of shapes, paths and text (or, failing that, pictures) — measured in canvas pixels relative to
 * the slide, as JSON of `MeasuredSlide[]`. Node code turns them into PowerPoint objects.
 */
import type { MeasuredSelectors } from '../../../constants.ts';
import type { MeasuredSlide } from '../measured.ts';
import { CONTAINERS, describe, hidden, TEXT_BLOCKS, visible } from './css.ts';
import { decorate, decorateTree } from './decorate.ts';
import { generatedTextOwners } from './generated.ts';
import { list } from './lists.ts';
import { chain, row, sideBySide } from './rows.ts';
import { boxOf, contentBox, pageBoxOf, type SlideMeasure } from './slide.ts';
import { altOf, drawing, svgText } from './svg.ts';
import { table } from './table.ts';
import { brokenAsDrawn, paragraphOf } from './text.ts';

/** Walks a slide's elements, adding each one's items; returns the title once found. */
class SlideWalk {
  title = '';
  /** Elements measured with another (a table's foot, with its table). */
  private readonly taken = new Set<Element>();

  constructor(
    private readonly slide: SlideMeasure,
    private readonly selectors: MeasuredSelectors,
  ) {}

  walk(element: Element): void {
    const { slide } = this;
    if (hidden(element) || element.matches(this.selectors.notes) || this.taken.has(element)) return;
    const tag = element.tagName;
    if ((tag === 'H1' || tag === 'H2') && this.title === '') this.heading(element);
    else if (element.matches(this.selectors.visual)) this.visual(element as SVGSVGElement);
    else if (element.matches(this.selectors.chain)) chain(slide, element);
    else if (element instanceof HTMLTableElement) this.table(element);
    else if (tag === 'UL' || tag === 'OL') {
      decorateTree(slide, element);
      list(slide, element);
    } else if (sideBySide(element)) row(slide, element);
    else if (TEXT_BLOCKS.has(tag)) {
      decorateTree(slide, element);
      const box = contentBox(slide, element);
      slide.items.push({ kind: 'text', box, paragraphs: [paragraphOf(slide, element, box.x)] });
    } else if (CONTAINERS.has(tag)) {
      decorate(slide, element);
      for (const child of element.children) this.walk(child);
    } else this.notKnown(element);
  }

  /** A table, with what the page marks as belonging under it (the element right after it). */
  private table(element: HTMLTableElement): void {
    const next = element.nextElementSibling;
    const foot = next?.matches(this.selectors.tableFoot) ? next : null;
    if (foot) this.taken.add(foot);
    table(this.slide, element, foot);
  }

  private heading(element: Element): void {
    decorateTree(this.slide, element);
    const box = contentBox(this.slide, element);
    const paragraphs = [brokenAsDrawn(paragraphOf(this.slide, element, box.x), element)];
    this.title = paragraphs[0]?.runs.map((run) => (run.breakBefore ? ' ' : '') + run.text).join('') ?? '';
    this.slide.items.push({ kind: 'title', box, paragraphs });
  }

  private visual(svg: SVGSVGElement): void {
    const rect = svg.getBoundingClientRect();
    const parts = drawing(this.slide, svg);
    const box = boxOf(this.slide, rect);
    if (parts) this.slide.items.push({ kind: 'drawing', box, alt: altOf(svg), items: parts });
    else this.slide.items.push({ kind: 'picture', box, pageBox: pageBoxOf(rect), svg: svgText(svg), alt: altOf(svg) });
  }

  /** Not known: kept as a picture of itself, and reported. */
  private notKnown(element: Element): void {
    this.slide.unknown.push(describe(element));
    const rect = element.getBoundingClientRect();
    const alt = (element.textContent ?? '').replace(/\s+/g, ' ').trim() || describe(element);
    this.slide.items.push({ kind: 'picture', box: boxOf(this.slide, rect), pageBox: pageBoxOf(rect), svg: null, alt });
  }
}

/** The slide's background: its own colour or the nearest ancestor's, white if none. */
function backgroundOf(section: Element): string {
  for (let element: Element | null = section; element; element = element.parentElement) {
    const color = getComputedStyle(element).backgroundColor;
    if (visible(color)) return color;
  }
  return 'rgb(255, 255, 255)';
}

function measureSlide(section: Element, selectors: MeasuredSelectors, mayHaveGenerated: (element: Element) => boolean): MeasuredSlide {
  const slide: SlideMeasure = { origin: section.getBoundingClientRect(), items: [], unknown: [], mayHaveGenerated };
  const walk = new SlideWalk(slide, selectors);
  for (const child of section.children) walk.walk(child);
  const notes = [...section.querySelectorAll(`${selectors.notes} p`)].map((paragraph) => (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { id: section.id, title: walk.title, background: backgroundOf(section), items: slide.items, notes, unknown: slide.unknown };
}

/**
 * Every slide measured, as JSON: Playwright's and puppeteer's own serialisation of a result this
 * large (thousands of small objects) takes longer than measuring it.
 */
export function measureSlides(selectors: MeasuredSelectors): string {
  const mayHaveGenerated = generatedTextOwners(document);
  return JSON.stringify([...document.querySelectorAll(selectors.slide)].map((section) => measureSlide(section, selectors, mayHaveGenerated)));
}

export { fontFaces } from './fonts.ts';
