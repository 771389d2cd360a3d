/**
 * Text as runs and paragraphs: each run with its style from computed CSS, line breaks and tab
 * stops where the page sets parts below or beside each other, and lines broken where the page
 * breaks them.
 */
import type { Bullet, Paragraph, Run, RunStyle } from '../measured.ts';
import { centresContent, FLOW, hidden, lineHeightOf, px } from './css.ts';
import { generatedText } from './generated.ts';
import { markGlyph } from './marks.ts';
import { contentBox, type SlideMeasure } from './slide.ts';

/** A run's style from computed CSS; `scale`: an SVG's drawn size per CSS pixel. */
export function styleFrom(style: CSSStyleDeclaration, href: string | null, scale = 1): RunStyle {
  return {
    font: (style.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, ''),
    serif: /(^|,)\s*serif$/.test(style.fontFamily),
    sizePx: px(style.fontSize) * scale,
    letterSpacingPx: px(style.letterSpacing) * scale,
    color: style.color,
    bold: Number(style.fontWeight) >= 600,
    italic: style.fontStyle === 'italic',
    underline: style.textDecorationLine.includes('underline'),
    href,
  };
}

export const runStyleOf = (element: Element, href: string | null, pseudo?: '::before'): RunStyle => styleFrom(getComputedStyle(element, pseudo), href);

/** Text as CSS shows it: upper or lower case where `text-transform` makes it so. */
export function cased(text: string, transform: string): string {
  return transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text;
}

/**
 * The runs of a block of text, with a line break where a block-level part starts below the one
 * before, a tab (and its stop) where it starts beside it, and an em space as wide as a mark
 * drawn inline (a badge's square): the mark itself is a shape at its place.
 */
class TextRuns {
  readonly runs: Run[] = [];
  readonly tabStopsPx: number[] = [];
  private breakNext = false;
  private lastBlock: DOMRect | null = null;

  constructor(
    private readonly slide: SlideMeasure,
    private readonly boxLeft: number,
    private readonly inTable: boolean,
  ) {}

  /** In a table, whose rows grow rather than shrink their text, letter-spacing is left out: a wider font then wraps less. */
  private styleOf(element: Element, href: string | null): RunStyle {
    const style = runStyleOf(element, href);
    return this.inTable ? { ...style, letterSpacingPx: 0 } : style;
  }

  private add(text: string, style: RunStyle): void {
    this.runs.push({ text, style, breakBefore: this.breakNext && this.runs.length > 0 });
    this.breakNext = false;
  }

  private push(text: string, element: Element, href: string | null): void {
    const folded = cased(text, getComputedStyle(element).textTransform).replace(/\s+/g, ' ');
    if (folded === '' || (folded === ' ' && (this.runs.length === 0 || this.breakNext))) return;
    this.add(this.runs.length === 0 || this.breakNext ? folded.trimStart() : folded, this.styleOf(element, href));
  }

  visit(element: Element, href: string | null): void {
    const before = generatedText(element, '::before', this.slide.mayHaveGenerated);
    if (before) this.push(before, element, href);
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) this.push(node.textContent ?? '', element, href);
      else if (node instanceof Element && !hidden(node)) {
        if (node.tagName === 'BR') this.breakNext = true;
        else this.child(node, element, href);
      }
    }
    const after = generatedText(element, '::after', this.slide.mayHaveGenerated);
    if (after) this.push(after, element, href);
  }

  /** An element inside the text: a block below or beside the one before, a mark, a badge, or more text. */
  private child(node: Element, element: Element, href: string | null): void {
    const display = getComputedStyle(node).display;
    const block = !display.startsWith('inline') && display !== 'contents';
    const rect = node.getBoundingClientRect();
    if (block && this.runs.length > 0 && this.lastBlock) {
      if (rect.top >= this.lastBlock.bottom - 2) this.breakNext = true;
      else if (rect.left >= this.lastBlock.right - 1 && this.inTable) {
        // In a table, whose text a wider font reflows, a space as wide as the gap rather than a tab stop it could overrun.
        // At least 2 px: an em space of 1 pt, the smallest type size PowerPoint takes.
        this.add('\u2003', { ...this.styleOf(element, href), sizePx: Math.max(rect.left - this.lastBlock.right, 2) });
      } else if (rect.left >= this.lastBlock.right - 1) {
        this.tabStopsPx.push(rect.left - this.slide.origin.left - this.boxLeft);
        this.add('\t', this.styleOf(element, href));
      } else if (!/\s$/.test(this.runs[this.runs.length - 1]?.text ?? '')) this.push(' ', element, href);
    }
    // Its own first block starts where it does: the tab or break just added stands for both.
    if (block) this.lastBlock = null;
    const mark = this.inTable ? markGlyph(node) : null;
    if (mark) {
      // A mark as its character, so it stays in its row: about as wide as the drawn mark.
      this.add(mark.glyph, { ...this.styleOf(element, href), color: mark.color, bold: false, sizePx: (node as HTMLElement).offsetWidth * 1.3 });
      this.add('\u2009', this.styleOf(element, href));
    } else if ((node.textContent ?? '').trim() === '' && rect.width > 1) {
      // Its own width, not its turned box's (a diamond's is wider), so the tab after it reaches its stop.
      this.add('\u2003', { ...this.styleOf(element, href), sizePx: node instanceof HTMLElement ? node.offsetWidth : rect.width });
    } else if (centresContent(node)) {
      // A badge with text: its own text box, centred in it as in the deck; an em space keeps its room here.
      this.add('\u2003', { ...this.styleOf(element, href), sizePx: rect.width });
      const box = contentBox(this.slide, node);
      this.slide.items.push({ kind: 'text', box, centred: true, paragraphs: [{ ...paragraphOf(this.slide, node, box.x), align: 'center' }] });
    } else {
      this.visit(node, node instanceof HTMLAnchorElement ? node.href : href);
    }
    if (block) {
      // After a mark written as its character, the next part follows it in the line, with no tab stop.
      this.lastBlock = mark ? null : node.getBoundingClientRect();
      // In normal flow, text after a block starts on a line of its own (a callout's name, then its text).
      if (FLOW.has(getComputedStyle(element).display)) this.breakNext = true;
    }
  }
}

function runsOf(slide: SlideMeasure, root: Element, boxLeft: number, inTable: boolean): { runs: Run[]; tabStopsPx: number[] } {
  const text = new TextRuns(slide, boxLeft, inTable);
  text.visit(root, root instanceof HTMLAnchorElement ? root.href : null);
  const { runs, tabStopsPx } = text;
  const last = runs[runs.length - 1];
  if (last) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return { runs: runs.filter((run) => run.text !== ''), tabStopsPx };
}

/** An element's text as one paragraph; indents and tab stops measured from `boxLeft`, the text box's left edge. */
export function paragraphOf(
  slide: SlideMeasure,
  element: Element,
  boxLeft: number,
  bullet: Bullet = 'none',
  indentPx = 0,
  spaceBeforePx = 0,
  inTable = false,
): Paragraph {
  const style = getComputedStyle(element);
  const lineHeight = lineHeightOf(style);
  const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
  return { ...runsOf(slide, element, boxLeft, inTable), align, lineHeightPx: lineHeight, spaceBeforePx, bullet, indentPx };
}

/** Which words (counted from 0) start a line of the element as the page draws it (balanced headings break so). */
function lineStarts(element: Element): Set<number> {
  const tops: number[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + 1);
      tops.push(range.getBoundingClientRect().top);
    }
  }
  return new Set(tops.flatMap((top, index) => (index > 0 && top > (tops[index - 1] ?? top) + 1 ? [index] : [])));
}

/** The paragraph with a line break where the page breaks its lines, so it reads in the same lines. */
export function brokenAsDrawn(paragraph: Paragraph, element: Element): Paragraph {
  const starts = lineStarts(element);
  if (starts.size === 0) return paragraph;
  let words = 0;
  const runs = paragraph.runs.flatMap((run) => {
    const parts: Run[] = [];
    let text = '';
    let breakBefore = run.breakBefore;
    for (const piece of run.text.split(/(\s+)/)) {
      if (/\S/.test(piece) && starts.has(words++) && text.trim() !== '') {
        parts.push({ ...run, text: text.trimEnd(), breakBefore });
        [text, breakBefore] = ['', true];
      } else if (/\S/.test(piece) && starts.has(words - 1)) breakBefore = true;
      text += /\S/.test(piece) || text !== '' ? piece : '';
    }
    return [...parts, { ...run, text, breakBefore }];
  });
  return { ...paragraph, runs };
}
