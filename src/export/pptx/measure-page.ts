/**
 * Runs IN THE BROWSER (passed to page.evaluate, so it must not use anything from outside its
 * own body): reads every slide of reveal.js's print view (all build steps shown) into
 * positioned items — titles, text with its runs, lists, tables, shapes, SVG visuals as drawings
 * of shapes, paths and text (or, failing that, pictures) — measured in
 * canvas pixels relative to the slide, as JSON of `MeasuredSlide[]`. Node code turns them into
 * PowerPoint objects.
 */
import type { MeasuredSelectors } from '../../constants.ts';
import type { Box, Cell, Item, Line, MeasuredSlide, Paragraph, PathPoint, Run, RunStyle } from './measured.ts';

export function measureSlides(selectors: MeasuredSelectors): string {
  const CONTAINERS = new Set(['DIV', 'HEADER', 'FOOTER', 'SECTION', 'FIGURE', 'MAIN', 'NAV', 'ARTICLE']);
  const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION']);
  /** Displays whose children flow in lines, one block below another (not flex or grid, which may set them side by side). */
  const FLOW = new Set(['block', 'list-item', 'table-cell', 'inline-block', 'flow-root']);
  /** Elements that make a part a block of its own rather than text in a row. */
  const BLOCK_PARTS = 'svg, ul, ol, table, p, div, li, figure, section, h1, h2, h3, h4, h5, h6, blockquote';
  const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'COLGROUP', 'COL']);
  const px = (value: string): number => Number.parseFloat(value) || 0;
  const visible = (color: string): boolean => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
  const hidden = (element: Element): boolean => {
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return style.display === 'none' || style.visibility === 'hidden' || (rect.width <= 1 && rect.height <= 1);
  };
  /** Turned by 45 degrees: a square drawn so is a diamond. */
  const turnedSquare = (style: CSSStyleDeclaration): boolean => {
    if (style.transform === 'none') return false;
    const matrix = new DOMMatrixReadOnly(style.transform);
    return Math.abs(Math.abs(matrix.a) - Math.SQRT1_2) < 0.01 && Math.abs(Math.abs(matrix.b) - Math.SQRT1_2) < 0.01;
  };
  /**
   * The character that draws an empty mark (a status's dot, half-filled dot, ring or diamond) in
   * the mark's colour, or null: used where the mark must move with its text, in a table cell that
   * a recipient's wider font may make taller.
   */
  const markGlyph = (element: Element): { glyph: string; color: string } | null => {
    if (!(element instanceof HTMLElement) || element.childNodes.length > 0) return null;
    const style = getComputedStyle(element);
    const size = element.offsetWidth;
    if (size === 0 || Math.abs(size - element.offsetHeight) > 1) return null;
    const color = px(style.borderTopWidth) > 0 && visible(style.borderTopColor) ? style.borderTopColor : style.backgroundColor;
    const filled = visible(style.backgroundColor);
    const radius = style.borderTopLeftRadius.endsWith('%') ? (px(style.borderTopLeftRadius) / 100) * size : px(style.borderTopLeftRadius);
    const half = /(-?[\d.]+)deg|to (top|right|bottom|left)/.exec(style.backgroundImage);
    if (radius >= size / 2 - 0.5) {
      if (!half) return visible(color) ? { glyph: filled ? '\u25CF' : '\u25CB', color } : null;
      // The gradient runs towards its angle (0 up, clockwise); its colour is on the opposite side.
      const towards = half[1] !== undefined ? Number(half[1]) : ({ top: 0, right: 90, bottom: 180, left: 270 } as const)[half[2] as 'top'];
      const side = Math.round(((((towards + 180) % 360) + 360) % 360) / 90) % 4;
      return { glyph: ['\u25D3', '\u25D1', '\u25D2', '\u25D0'][side] ?? '\u25D0', color };
    }
    if (radius > 0 || !visible(color)) return null;
    return { glyph: turnedSquare(style) ? (filled ? '\u25C6' : '\u25C7') : filled ? '\u25A0' : '\u25A1', color };
  };
  const describe = (element: Element): string => {
    const classes = [...element.classList].filter((name) => name !== 'fragment' && name !== 'visible');
    return `${element.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}`;
  };

  /**
   * The selectors (pseudo-element taken off) of the style rules that give a ::before or ::after:
   * only elements that match one are asked for their generated text. Asking every element for
   * its pseudo-elements' style was the slowest part of measuring.
   */
  const PSEUDO = /::?(?:before|after)\b/g;
  const pseudoOwners: string[] = [];
  const scan = (rules: CSSRuleList): void => {
    for (const rule of rules) {
      const content = rule instanceof CSSStyleRule ? rule.style.getPropertyValue('content') : '';
      if (rule instanceof CSSStyleRule && content !== '' && content !== 'none' && content !== 'normal') {
        for (const selector of rule.selectorText.split(',')) {
          // ".x ::before" (or ".x :before") is a pseudo-element of any descendant: ".x *".
          if (selector.match(PSEUDO))
            pseudoOwners.push(
              selector
                .replace(/(^|[\s>+~])::?(?:before|after)\b/g, '$1*')
                .replace(PSEUDO, '')
                .trim() || '*',
            );
        }
      }
      if (rule instanceof CSSImportRule && rule.styleSheet) scan(rule.styleSheet.cssRules);
      else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) scan(rule.cssRules); // @layer, @media, nesting
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      scan(sheet.cssRules);
    } catch {
      pseudoOwners.push('*'); // a sheet that cannot be read: ask every element
    }
  }
  const ownersSelector = pseudoOwners.join(', ');
  const mayHaveGenerated = (element: Element): boolean => {
    if (ownersSelector === '') return false;
    try {
      return element.matches(ownersSelector);
    } catch {
      return true; // a selector matches() cannot take: ask
    }
  };

  const slides = [...document.querySelectorAll(selectors.slide)];
  const measured = slides.map((section): MeasuredSlide => {
    const origin = section.getBoundingClientRect();
    const boxOf = (rect: DOMRect): Box => ({ x: rect.left - origin.left, y: rect.top - origin.top, w: rect.width, h: rect.height });
    const pageBoxOf = (rect: DOMRect): Box => ({ x: rect.left + scrollX, y: rect.top + scrollY, w: rect.width, h: rect.height });
    /** The content box: inside padding and border, where the text starts. */
    const contentBox = (element: Element): Box => {
      const style = getComputedStyle(element);
      const box = boxOf(element.getBoundingClientRect());
      const left = px(style.paddingLeft) + px(style.borderLeftWidth);
      const top = px(style.paddingTop) + px(style.borderTopWidth);
      const right = px(style.paddingRight) + px(style.borderRightWidth);
      const bottom = px(style.paddingBottom) + px(style.borderBottomWidth);
      return { x: box.x + left, y: box.y + top, w: box.w - left - right, h: box.h - top - bottom };
    };
    const items: Item[] = [];
    const unknown: string[] = [];

    /** A run's style from computed CSS; `scale`: an SVG's drawn size per CSS pixel. */
    const styleFrom = (style: CSSStyleDeclaration, href: string | null, scale = 1): RunStyle => {
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
    };
    const runStyleOf = (element: Element, href: string | null, pseudo?: '::before'): RunStyle => styleFrom(getComputedStyle(element, pseudo), href);
    /** A box that centres its content both ways (a number in a circle). */
    const centresContent = (element: Element): boolean => {
      const style = getComputedStyle(element);
      const across = style.display.endsWith('grid') ? style.justifyItems === 'center' : style.display.endsWith('flex') && style.justifyContent === 'center';
      return across && style.alignItems === 'center';
    };
    /** Generated text of ::before / ::after, when it is literal text in the flow. */
    const generated = (element: Element, pseudo: '::before' | '::after'): string => {
      if (!mayHaveGenerated(element)) return '';
      const style = getComputedStyle(element, pseudo);
      if (style.position === 'absolute' || style.display === 'none') return '';
      if (style.content === 'open-quote') return '“';
      if (style.content === 'close-quote') return '”';
      const literal = /^"(.*)"$/.exec(style.content);
      return literal?.[1] ?? '';
    };

    /**
     * The runs of a block of text, with a line break where a block-level part starts below the one
     * before, a tab (and its stop) where it starts beside it, and an em space as wide as a mark
     * drawn inline (a badge's square): the mark itself is a shape at its place.
     */
    const runsOf = (root: Element, boxLeft: number, inTable: boolean): { runs: Run[]; tabStopsPx: number[] } => {
      const runs: Run[] = [];
      const tabStopsPx: number[] = [];
      // In a table, whose rows grow rather than shrink their text, letter-spacing is left out: a wider font then wraps less.
      const styleOf = (element: Element, href: string | null): RunStyle => {
        const style = runStyleOf(element, href);
        return inTable ? { ...style, letterSpacingPx: 0 } : style;
      };
      let breakNext = false;
      let lastBlock: DOMRect | null = null;
      const add = (text: string, style: RunStyle): void => {
        runs.push({ text, style, breakBefore: breakNext && runs.length > 0 });
        breakNext = false;
      };
      const push = (text: string, element: Element, href: string | null): void => {
        const transform = getComputedStyle(element).textTransform;
        const shown = transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text;
        const folded = shown.replace(/\s+/g, ' ');
        if (folded === '' || (folded === ' ' && (runs.length === 0 || breakNext))) return;
        add(runs.length === 0 || breakNext ? folded.trimStart() : folded, styleOf(element, href));
      };
      const visit = (element: Element, href: string | null): void => {
        const before = generated(element, '::before');
        if (before) push(before, element, href);
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) {
            push(node.textContent ?? '', element, href);
            continue;
          }
          if (!(node instanceof Element) || hidden(node)) continue;
          if (node.tagName === 'BR') {
            breakNext = true;
            continue;
          }
          const display = getComputedStyle(node).display;
          const block = !display.startsWith('inline') && display !== 'contents';
          const rect = node.getBoundingClientRect();
          if (block && runs.length > 0 && lastBlock) {
            if (rect.top >= lastBlock.bottom - 2) breakNext = true;
            else if (rect.left >= lastBlock.right - 1) {
              tabStopsPx.push(rect.left - origin.left - boxLeft);
              add('\t', styleOf(element, href));
            } else if (!/\s$/.test(runs[runs.length - 1]?.text ?? '')) push(' ', element, href);
          }
          const mark = inTable ? markGlyph(node) : null;
          if (mark) {
            // A mark as its character, so it stays in its row: about as wide as the drawn mark.
            add(mark.glyph, { ...styleOf(element, href), color: mark.color, bold: false, sizePx: (node as HTMLElement).offsetWidth * 1.3 });
            add('\u2009', styleOf(element, href));
          } else if ((node.textContent ?? '').trim() === '' && rect.width > 1) {
            // Its own width, not its turned box's (a diamond's is wider), so the tab after it reaches its stop.
            add('\u2003', { ...styleOf(element, href), sizePx: node instanceof HTMLElement ? node.offsetWidth : rect.width });
          } else if (centresContent(node)) {
            // A badge with text: its own text box, centred in it as in the deck; an em space keeps its room here.
            add('\u2003', { ...styleOf(element, href), sizePx: rect.width });
            const box = contentBox(node);
            items.push({ kind: 'text', box, centred: true, paragraphs: [{ ...paragraphOf(node, box.x), align: 'center' }] });
          } else {
            visit(node, node instanceof HTMLAnchorElement ? node.href : href);
          }
          if (block) {
            // After a mark written as its character, the next part follows it in the line, with no tab stop.
            lastBlock = mark ? null : node.getBoundingClientRect();
            // In normal flow, text after a block starts on a line of its own (a callout's name, then its text).
            if (FLOW.has(getComputedStyle(element).display)) breakNext = true;
          }
        }
        const after = generated(element, '::after');
        if (after) push(after, element, href);
      };
      visit(root, root instanceof HTMLAnchorElement ? root.href : null);
      const last = runs[runs.length - 1];
      if (last) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
      return { runs: runs.filter((run) => run.text !== ''), tabStopsPx };
    };

    /** A line's height as CSS sets it ("normal": 1.2 times the type size). */
    const lineHeightOf = (style: CSSStyleDeclaration): number => (style.lineHeight === 'normal' ? px(style.fontSize) * 1.2 : px(style.lineHeight));
    const paragraphOf = (
      element: Element,
      boxLeft: number,
      bullet: Paragraph['bullet'] = 'none',
      indentPx = 0,
      spaceBeforePx = 0,
      inTable = false,
    ): Paragraph => {
      const style = getComputedStyle(element);
      const lineHeight = lineHeightOf(style);
      const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
      return { ...runsOf(element, boxLeft, inTable), align, lineHeightPx: lineHeight, spaceBeforePx, bullet, indentPx };
    };

    /** A list item has a marker when the list shows one, or its ::before draws one. */
    const hasMarker = (list: Element, item: Element): boolean => {
      if (getComputedStyle(list).listStyleType !== 'none' && getComputedStyle(item).display === 'list-item') return true;
      const before = getComputedStyle(item, '::before');
      return before.content !== 'none' && before.content !== 'normal' && (before.content !== '""' || visible(before.backgroundColor));
    };

    /**
     * Items that are rows of columns (a number, a label, a detail side by side): each column a
     * text box where the deck has it, as a row is (see `row`), rather than one paragraph with tab
     * stops, which applications place differently. A counter's number is a box of its own.
     * False, doing nothing, when the items are not all such rows or have bullets.
     */
    const columnRows = (list: Element, entries: readonly Element[], first: number): boolean => {
      const numbers = entries.map((item, index) => (hasMarker(list, item) ? counterMarker(item, first + index) : ''));
      if (entries.length === 0 || !entries.every(sideBySide) || numbers.includes(null)) return false;
      entries.forEach((item, index) => {
        const number = numbers[index];
        const inner = contentBox(item);
        const start = item.firstElementChild ? boxOf(item.firstElementChild.getBoundingClientRect()).x : inner.x;
        if (number) {
          const style = runStyleOf(item, null, '::before');
          items.push({
            kind: 'text',
            box: { x: inner.x, y: inner.y, w: start - inner.x, h: inner.h },
            paragraphs: [
              {
                runs: [{ text: number, style, breakBefore: false }],
                align: 'left',
                lineHeightPx: lineHeightOf(getComputedStyle(item, '::before')),
                spaceBeforePx: 0,
                bullet: 'none',
                indentPx: 0,
                tabStopsPx: [],
              },
            ],
          });
        }
        row(item, undefined, false);
      });
      return true;
    };
    /**
     * A number drawn by a counter in ::before ("01" for decimal-leading-zero), as the text it
     * shows; null for any other marker (which PowerPoint numbers or bullets itself).
     */
    const counterMarker = (item: Element, number: number): string | null => {
      const content = getComputedStyle(item, '::before').content;
      const counter = /^counter\([\w-]+(?:,\s*([\w-]+))?\)$/.exec(content);
      if (!counter) return null;
      const style = counter[1] ?? 'decimal';
      if (style === 'decimal-leading-zero') return String(number).padStart(2, '0');
      return style === 'decimal' ? String(number) : null;
    };
    /** The item's paragraph with its number first, in the number's own style, and a tab to where the item's text starts. */
    const numberedAsText = (paragraph: Paragraph, number: string, item: Element, left: number): Paragraph => {
      const style = runStyleOf(item, null, '::before');
      const textStart = item.firstElementChild ? boxOf(item.firstElementChild.getBoundingClientRect()).x : contentBox(item).x;
      const runs: Run[] = [
        { text: number, style, breakBefore: false },
        { text: '\t', style, breakBefore: false },
      ];
      return { ...paragraph, runs: [...runs, ...paragraph.runs], tabStopsPx: [textStart - left, ...paragraph.tabStopsPx] };
    };
    /** A list item that draws nothing of its own (no border or fill): items in a column of these may share a box. */
    const plain = (item: Element): boolean => {
      const style = getComputedStyle(item);
      return !visible(style.backgroundColor) && px(style.borderTopWidth) + px(style.borderBottomWidth) + px(style.borderLeftWidth) === 0;
    };
    /**
     * A list: one text box of paragraphs when its items stack; when they sit side by side, one box
     * per column of plain items (so one column's text shrinks alike for a wider font) and one per
     * framed item (a chip, inside its padding). A marker outside the items keeps its room.
     */
    const list = (element: Element): void => {
      const entries = [...element.children].filter((item) => !hidden(item));
      const listLeft = contentBox(element).x;
      const firstLeft = entries[0] ? boxOf(entries[0].getBoundingClientRect()).x : listLeft;
      const boxes = entries.map((item) => boxOf(item.getBoundingClientRect()));
      const below = (index: number): boolean => {
        const [box, previous] = [boxes[index], boxes[index - 1]];
        return box !== undefined && previous !== undefined && box.y >= previous.y + previous.h - 1;
      };
      const stacked = boxes.every((_, index) => index === 0 || below(index));
      const outside = Math.max(firstLeft - listLeft, 0);
      const first = element instanceof HTMLOListElement ? element.start : 1;
      if (columnRows(element, entries, first)) return;
      // Column runs: an item continues the previous one's box when it is plain, below it and in line with it.
      const runs: number[][] = [];
      entries.forEach((item, index) => {
        const continues = stacked || (plain(item) && below(index) && Math.abs((boxes[index]?.x ?? 0) - (boxes[index - 1]?.x ?? 0)) < 1);
        const current = runs[runs.length - 1];
        if (current && index > 0 && continues) current.push(index);
        else runs.push([index]);
      });
      for (const run of runs) {
        const head = run[0] ?? 0;
        const headBox = boxes[head] ?? { x: 0, y: 0, w: 0, h: 0 };
        const marker = hasMarker(element, entries[head] ?? element);
        const left = stacked ? listLeft : headBox.x - (marker ? outside : 0);
        // The text box: the list's content, or the item's inside its padding with room for its marker.
        const inner = stacked ? contentBox(element) : contentBox(entries[head] ?? element);
        const x = stacked ? inner.x : inner.x - (headBox.x - left);
        // Indents and tab stops are measured from the text box's left edge.
        const paragraphs = run.map((index, place) => {
          const item = entries[index] ?? element;
          const box = boxes[index] ?? headBox;
          // Never negative: an item's text starts at or after the box's edge (a rounding error aside).
          const indent = marker ? Math.max(contentBox(item).x - x, 0) : 0;
          const previous = boxes[index - 1];
          const gap = place > 0 && previous ? Math.max(box.y - previous.y - previous.h, 0) : 0;
          const counted = marker ? counterMarker(item, first + index) : null;
          const paragraph = counted
            ? numberedAsText(paragraphOf(item, x, 'none', 0, gap), counted, item, x)
            : paragraphOf(item, x, marker ? (element.tagName === 'OL' ? 'number' : 'bullet') : 'none', indent, gap);
          // A box that does not start the list starts its numbering at the number its first item shows.
          return place === 0 && first + head > 1 && paragraph.bullet === 'number' ? { ...paragraph, numberFrom: first + index } : paragraph;
        });
        const last = boxes[run[run.length - 1] ?? head] ?? headBox;
        const bottom = stacked || run.length === 1 ? inner.y + inner.h : last.y + last.h;
        // A plain item has room up to the next one beside it (or the list's end), for a recipient's wider font.
        const next = boxes[(run[run.length - 1] ?? head) + 1];
        // The lines end where the items end (an item may be narrower than its list: a measure for reading).
        const listEnd = stacked ? Math.max(...boxes.map((box) => box.x + box.w)) : contentBox(element).x + contentBox(element).w;
        const end = stacked
          ? listEnd
          : !plain(entries[head] ?? element)
            ? inner.x + inner.w
            : next && next.x > headBox.x && next.y < headBox.y + headBox.h
              ? next.x
              : listEnd;
        const right = stacked ? end : Math.max(inner.x + inner.w, end);
        items.push({ kind: 'text', box: { x, y: inner.y, w: right - x, h: bottom - inner.y }, paragraphs });
      }
    };

    const lineOf = (color: string, width: string, style: string): Line | null =>
      px(width) > 0 && style !== 'none' && style !== 'hidden' && visible(color)
        ? { color, widthPx: px(width), dashed: style === 'dashed' || style === 'dotted' }
        : null;

    /** A background or border, as a shape (a border on one side only: a thin bar on that side). */
    const decorate = (element: Element): void => {
      if (TABLE_PARTS.has(element.tagName) || hidden(element)) return;
      const style = getComputedStyle(element);
      const box = boxOf(element.getBoundingClientRect());
      const fill = visible(style.backgroundColor) ? style.backgroundColor : null;
      const sides = [
        { line: lineOf(style.borderTopColor, style.borderTopWidth, style.borderTopStyle), bar: (w: number): Box => ({ x: box.x, y: box.y, w: box.w, h: w }) },
        {
          line: lineOf(style.borderRightColor, style.borderRightWidth, style.borderRightStyle),
          bar: (w: number): Box => ({ x: box.x + box.w - w, y: box.y, w, h: box.h }),
        },
        {
          line: lineOf(style.borderBottomColor, style.borderBottomWidth, style.borderBottomStyle),
          bar: (w: number): Box => ({ x: box.x, y: box.y + box.h - w, w: box.w, h: w }),
        },
        { line: lineOf(style.borderLeftColor, style.borderLeftWidth, style.borderLeftStyle), bar: (w: number): Box => ({ x: box.x, y: box.y, w, h: box.h }) },
      ];
      const all = sides.every((side) => side.line !== null && side.line.color === sides[0]?.line?.color && side.line.widthPx === sides[0]?.line?.widthPx);
      const percent = style.borderTopLeftRadius.endsWith('%');
      const radius = percent ? (px(style.borderTopLeftRadius) / 100) * Math.min(box.w, box.h) : px(style.borderTopLeftRadius);
      // 50 % draws an ellipse (a circle when square: a badge); a radius of half the height in pixels, a pill.
      const round = percent ? px(style.borderTopLeftRadius) >= 50 : radius >= Math.min(box.w, box.h) / 2 - 0.5 && Math.abs(box.w - box.h) < 1;
      const geometry = radius <= 0 ? (turnedSquare(style) && Math.abs(box.w - box.h) < 1 ? 'diamond' : 'rect') : round ? 'ellipse' : 'roundRect';
      const corners = geometry === 'roundRect' ? { radiusPx: Math.min(radius, Math.min(box.w, box.h) / 2) } : {};
      // A round mark half filled by a hard-stop gradient (a "partly" status): the filled half as a pie.
      const half = /^linear-gradient\((?:(-?[\d.]+)deg|to (top|right|bottom|left)), (rgba?\([^)]*\)) 50%, rgba\(0, 0, 0, 0\) 50%\)$/.exec(
        style.backgroundImage,
      );
      if (half && geometry === 'ellipse') {
        // CSS angles point where the gradient goes (0 up, clockwise); the colour is on the opposite side.
        const towards = half[1] !== undefined ? Number(half[1]) : ({ top: 0, right: 90, bottom: 180, left: 270 } as const)[half[2] as 'top'];
        const middle = (((Math.round(towards) + 90) % 360) + 360) % 360;
        items.push({ kind: 'shape', box, fill: half[3] ?? null, line: null, geometry: 'pie', angles: [(middle + 270) % 360, (middle + 90) % 360] });
      }
      if (all) {
        const line = sides[0]?.line ?? null;
        const inset = (line?.widthPx ?? 0) / 2; // PowerPoint centres the line on the edge; CSS draws it inside
        items.push({
          kind: 'shape',
          box: { x: box.x + inset, y: box.y + inset, w: box.w - 2 * inset, h: box.h - 2 * inset },
          fill,
          line,
          geometry,
          ...corners,
        });
        return;
      }
      if (fill) items.push({ kind: 'shape', box, fill, line: null, geometry, ...corners });
      for (const side of sides) {
        if (!side.line) continue;
        const bar = side.bar(side.line.widthPx);
        if (!side.line.dashed) {
          items.push({ kind: 'shape', box: bar, fill: side.line.color, line: null, geometry: 'rect' });
          continue;
        }
        // A dashed border: a dashed line along the middle of where the border is.
        const across = bar.w >= bar.h;
        const [from, to] = across
          ? [
              { x: bar.x, y: bar.y + bar.h / 2 },
              { x: bar.x + bar.w, y: bar.y + bar.h / 2 },
            ]
          : [
              { x: bar.x + bar.w / 2, y: bar.y },
              { x: bar.x + bar.w / 2, y: bar.y + bar.h },
            ];
        const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), w: Math.abs(to.x - from.x), h: Math.abs(to.y - from.y) };
        items.push({
          kind: 'path',
          box,
          points: [
            { type: 'move', ...from },
            { type: 'line', ...to },
          ],
          fill: null,
          line: side.line,
          arrowStart: false,
          arrowEnd: false,
        });
      }
    };
    const decorateTree = (element: Element): void => {
      decorate(element);
      for (const child of element.children) if (!(child instanceof SVGElement)) decorateTree(child);
    };

    const svgText = (element: SVGSVGElement): string => {
      const PROPERTIES = [
        'fill',
        'fill-opacity',
        'stroke',
        'stroke-width',
        'stroke-dasharray',
        'stroke-opacity',
        'stroke-linecap',
        'stroke-linejoin',
        'opacity',
        'font-family',
        'font-size',
        'font-weight',
        'font-style',
        'text-anchor',
        'dominant-baseline',
        'letter-spacing',
        'visibility',
        'display',
        'marker-start',
        'marker-end',
      ];
      const copy = element.cloneNode(true) as SVGSVGElement;
      const originals = [element, ...element.querySelectorAll('*')];
      const copies = [copy, ...copy.querySelectorAll('*')];
      originals.forEach((original, index) => {
        const target = copies[index];
        if (!target || original.tagName === 'title' || original.tagName === 'desc') return;
        const style = getComputedStyle(original);
        target.setAttribute('style', PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
        target.removeAttribute('class');
      });
      const rect = element.getBoundingClientRect();
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      copy.setAttribute('width', String(rect.width));
      copy.setAttribute('height', String(rect.height));
      return new XMLSerializer().serializeToString(copy);
    };
    const altOf = (element: Element): string => {
      const name = element.querySelector(':scope > title')?.textContent ?? element.getAttribute('aria-label') ?? '';
      const description = element.querySelector(':scope > desc')?.textContent ?? '';
      return [name, description]
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .filter((text) => text !== '')
        .join('. ');
    };

    /**
     * An SVG figure as native parts: rectangles, circles, lines, paths and text, each where the
     * page draws it (through its transforms), with its fill and stroke. Null when it holds
     * anything else (an image, a gradient, a clip, an arc in a path): then it is a picture.
     */
    const drawing = (svg: SVGSVGElement): Item[] | null => {
      const parts: Item[] = [];
      const SKIPPED = new Set(['title', 'desc', 'defs', 'marker', 'style', 'metadata']);
      const numbers = (text: string): number[] => (text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
      /** A colour with the element's opacity folded in; null for none. */
      const paint = (value: string, alpha: number): string | null => {
        if (value === 'none' || value === '') return null;
        const [r = 0, g = 0, b = 0, a = 1] = numbers(value);
        const opacity = a * alpha;
        return opacity <= 0 ? null : opacity >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${opacity})`;
      };
      /**
       * Douglas–Peucker on each run of straight lines: drops the points that lie within half
       * of a canvas pixel of the line through the points kept around them. The map’s outlines
       * have thousands of points a pixel or less apart; this halves them with no visible change.
       */
      const straighten = (steps: readonly PathPoint[]): PathPoint[] => {
        const TOLERANCE = 0.5;
        const out: PathPoint[] = [];
        let run: { x: number; y: number }[] = [];
        let anchored = false;
        const flush = (): void => {
          if (run.length > 2) {
            const keep = new Uint8Array(run.length);
            keep[0] = 1;
            keep[run.length - 1] = 1;
            const spans: [number, number][] = [[0, run.length - 1]];
            for (let span = spans.pop(); span; span = spans.pop()) {
              const [from, to] = span;
              const a = run[from] ?? { x: 0, y: 0 };
              const b = run[to] ?? { x: 0, y: 0 };
              const length = Math.hypot(b.x - a.x, b.y - a.y);
              let farthest = -1;
              let distance = TOLERANCE;
              for (let index = from + 1; index < to; index += 1) {
                const p = run[index] ?? a;
                const off = length === 0 ? Math.hypot(p.x - a.x, p.y - a.y) : Math.abs((b.y - a.y) * p.x - (b.x - a.x) * p.y + b.x * a.y - b.y * a.x) / length;
                if (off > distance) {
                  distance = off;
                  farthest = index;
                }
              }
              if (farthest > 0) {
                keep[farthest] = 1;
                spans.push([from, farthest], [farthest, to]);
              }
            }
            run = run.filter((_, index) => keep[index] === 1);
          }
          // The run's first point is where the pen was (after a move or a curve): it is not drawn again.
          for (const point of anchored ? run.slice(1) : run) out.push({ type: 'line', ...point });
          run = [];
          anchored = false;
        };
        for (const step of steps) {
          if (step.type === 'line') {
            const last = run[run.length - 1];
            if (!last || last.x !== step.x || last.y !== step.y) run.push({ x: step.x, y: step.y }); // a repeated point draws nothing
            continue;
          }
          flush();
          out.push(step);
          if (step.type !== 'close') {
            run = [{ x: step.x, y: step.y }];
            anchored = true;
          }
        }
        flush();
        return out;
      };
      let supported = true;
      const visit = (element: Element, groupOpacity: number): void => {
        const tag = element.tagName.toLowerCase();
        if (SKIPPED.has(tag) || !supported) return;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') return;
        const opacity = groupOpacity * Number(style.opacity || 1);
        if (opacity <= 0) return;
        if (tag === 'g' || tag === 'a') {
          for (const child of element.children) visit(child, opacity);
          return;
        }
        if (!(element instanceof SVGGraphicsElement)) {
          supported = false;
          return;
        }
        const matrix = element.getScreenCTM();
        const paintServer = style.fill.includes('url(') || style.stroke.includes('url(');
        if (
          !matrix ||
          Math.abs(matrix.b) > 1e-6 ||
          Math.abs(matrix.c) > 1e-6 ||
          paintServer ||
          style.clipPath !== 'none' ||
          style.mask !== 'none' ||
          style.filter !== 'none'
        ) {
          supported = false; // rotated, skewed, filled with a gradient or pattern, clipped, masked or filtered: not drawn natively here
          return;
        }
        // To a hundredth of a pixel: finer than PowerPoint's grid, and the map's thousands of points stay small.
        const round = (value: number): number => Math.round(value * 100) / 100;
        const at = (x: number, y: number): { x: number; y: number } => ({
          x: round(matrix.a * x + matrix.e - origin.left),
          y: round(matrix.d * y + matrix.f - origin.top),
        });
        const fill = paint(style.fill, opacity * Number(style.fillOpacity || 1));
        const strokeColor = paint(style.stroke, opacity * Number(style.strokeOpacity || 1));
        const strokeWidth = px(style.strokeWidth) * Math.abs(matrix.a);
        const line =
          strokeColor && strokeWidth > 0
            ? { color: strokeColor, widthPx: strokeWidth, dashed: style.strokeDasharray !== 'none' && style.strokeDasharray !== '' }
            : null;
        const boxFrom = (x: number, y: number, w: number, h: number): Box => {
          const start = at(x, y);
          const end = at(x + w, y + h);
          return { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) };
        };
        const path = (steps: PathPoint[]): void => {
          const points = straighten(steps);
          const drawn = points.filter((point): point is Exclude<PathPoint, { type: 'close' }> => point.type !== 'close');
          if (drawn.length === 0) return;
          const xs = drawn.map((point) => point.x);
          const ys = drawn.map((point) => point.y);
          const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
          parts.push({ kind: 'path', box, points, fill, line, arrowStart: style.markerStart !== 'none', arrowEnd: style.markerEnd !== 'none' });
        };
        if (tag === 'rect' && element instanceof SVGRectElement) {
          const [x, y, w, h, rx] = [element.x, element.y, element.width, element.height, element.rx].map((length) => length.baseVal.value) as [
            number,
            number,
            number,
            number,
            number,
          ];
          const radius = Math.min(rx, w / 2, h / 2) * Math.abs(matrix.a);
          parts.push({
            kind: 'shape',
            box: boxFrom(x, y, w, h),
            fill,
            line,
            geometry: radius > 0 ? 'roundRect' : 'rect',
            ...(radius > 0 ? { radiusPx: radius } : {}),
          });
        } else if ((tag === 'circle' && element instanceof SVGCircleElement) || (tag === 'ellipse' && element instanceof SVGEllipseElement)) {
          const cx = element.cx.baseVal.value;
          const cy = element.cy.baseVal.value;
          const [rx, ry] =
            element instanceof SVGCircleElement ? [element.r.baseVal.value, element.r.baseVal.value] : [element.rx.baseVal.value, element.ry.baseVal.value];
          parts.push({ kind: 'shape', box: boxFrom(cx - rx, cy - ry, 2 * rx, 2 * ry), fill, line, geometry: 'ellipse' });
        } else if (tag === 'line' && element instanceof SVGLineElement) {
          const start = at(element.x1.baseVal.value, element.y1.baseVal.value);
          const end = at(element.x2.baseVal.value, element.y2.baseVal.value);
          path([
            { type: 'move', ...start },
            { type: 'line', ...end },
          ]);
        } else if ((tag === 'polyline' || tag === 'polygon') && (element instanceof SVGPolylineElement || element instanceof SVGPolygonElement)) {
          const points: PathPoint[] = [...element.points].map((point, index) => ({ type: index === 0 ? 'move' : 'line', ...at(point.x, point.y) }));
          path(tag === 'polygon' ? [...points, { type: 'close' }] : points);
        } else if (tag === 'path') {
          // Absolute and relative M, L, H, V, C, S, Q and Z; an arc (A), a smooth quadratic (T) or
          // anything malformed makes the figure a picture instead.
          const tokens = (element.getAttribute('d') ?? '').match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
          const points: PathPoint[] = [];
          let command = '';
          let x = 0;
          let y = 0;
          let startX = 0;
          let startY = 0;
          /** The second control point of the last C or S, which a following S reflects. */
          let control: { x: number; y: number } | null = null;
          let index = 0;
          const next = (): number => {
            const value = Number(tokens[index++]);
            if (!Number.isFinite(value)) supported = false; // a number missing or not a number
            return value;
          };
          const cubic = (x1: number, y1: number, x2: number, y2: number, endX: number, endY: number): void => {
            const [first, second] = [at(x1, y1), at(x2, y2)];
            points.push({ type: 'cubic', x1: first.x, y1: first.y, x2: second.x, y2: second.y, ...at(endX, endY) });
            x = endX;
            y = endY;
          };
          while (index < tokens.length && supported) {
            if (/[a-zA-Z]/.test(tokens[index] ?? '')) command = tokens[index++] ?? '';
            else if (command.toUpperCase() === 'Z' || command === '') {
              supported = false; // numbers after Z, or before any command
              break;
            }
            const relative = command === command.toLowerCase();
            const dx = relative ? x : 0;
            const dy = relative ? y : 0;
            const reflected = control ?? { x, y };
            control = null;
            switch (command.toUpperCase()) {
              case 'M':
                x = next() + dx;
                y = next() + dy;
                startX = x;
                startY = y;
                points.push({ type: 'move', ...at(x, y) });
                command = relative ? 'l' : 'L'; // further pairs are lines
                break;
              case 'L':
                x = next() + dx;
                y = next() + dy;
                points.push({ type: 'line', ...at(x, y) });
                break;
              case 'H':
                x = next() + dx;
                points.push({ type: 'line', ...at(x, y) });
                break;
              case 'V':
                y = next() + dy;
                points.push({ type: 'line', ...at(x, y) });
                break;
              case 'C': {
                const [x1, y1, x2, y2, endX, endY] = [next() + dx, next() + dy, next() + dx, next() + dy, next() + dx, next() + dy];
                cubic(x1, y1, x2, y2, endX, endY);
                control = { x: x2, y: y2 };
                break;
              }
              case 'S': {
                const [x2, y2, endX, endY] = [next() + dx, next() + dy, next() + dx, next() + dy];
                cubic(2 * x - reflected.x, 2 * y - reflected.y, x2, y2, endX, endY);
                control = { x: x2, y: y2 };
                break;
              }
              case 'Q': {
                const [qx, qy, endX, endY] = [next() + dx, next() + dy, next() + dx, next() + dy];
                cubic(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), endX + (2 / 3) * (qx - endX), endY + (2 / 3) * (qy - endY), endX, endY);
                break;
              }
              case 'Z':
                x = startX;
                y = startY;
                points.push({ type: 'close' });
                break;
              default:
                supported = false;
            }
          }
          if (supported) path(points);
        } else if (tag === 'text') {
          const rect = element.getBoundingClientRect();
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text === '') return;
          const anchor = style.textAnchor;
          // Room on the side(s) the text grows to, so a recipient's wider substitute font does not wrap or shrink it.
          const box = boxOf(rect);
          const room = Math.max(16, box.w / 4);
          const widened =
            anchor === 'middle'
              ? { ...box, x: box.x - room / 2, w: box.w + room }
              : anchor === 'end'
                ? { ...box, x: box.x - room, w: box.w + room }
                : { ...box, w: box.w + room };
          // One run per part: a <tspan> (a date before its label, smaller) keeps its own size, weight and colour.
          const pieces = [...element.childNodes].flatMap((node) => {
            const pieceStyle = node instanceof Element ? getComputedStyle(node) : style;
            const pieceFill = node instanceof Element ? paint(pieceStyle.fill, opacity * Number(pieceStyle.fillOpacity || 1)) : fill;
            const pieceText = (node.textContent ?? '').replace(/\s+/g, ' ');
            // A space between two parts is kept (as one space); an empty part is not.
            return pieceText === '' ? [] : [{ text: pieceText, style: pieceStyle, fill: pieceFill }];
          });
          const runs = pieces.map((piece, index): Run => {
            const shown = index === 0 ? piece.text.trimStart() : index === pieces.length - 1 ? piece.text.trimEnd() : piece.text;
            const cased =
              piece.style.textTransform === 'uppercase' ? shown.toUpperCase() : piece.style.textTransform === 'lowercase' ? shown.toLowerCase() : shown;
            return {
              text: pieces.length === 1 ? cased.trim() : cased,
              style: { ...styleFrom(piece.style, null, Math.abs(matrix.a)), color: piece.fill ?? piece.style.color },
              breakBefore: false,
            };
          });
          parts.push({
            kind: 'text',
            box: widened,
            paragraphs: [
              {
                runs: runs.filter((run) => run.text !== ''),
                align: anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left',
                lineHeightPx: rect.height,
                spaceBeforePx: 0,
                bullet: 'none',
                indentPx: 0,
                tabStopsPx: [],
              },
            ],
          });
        } else {
          supported = false;
        }
      };
      for (const child of svg.children) visit(child, Number(getComputedStyle(svg).opacity || 1));
      // Nothing drawable (or something that is not): a picture, which keeps the figure and its alt text.
      return supported && parts.length > 0 ? parts : null;
    };

    const chain = (list: Element): void => {
      const steps = [...list.children].filter((step) => !hidden(step));
      steps.forEach((step, index) => {
        decorateTree(step);
        const box = contentBox(step);
        items.push({ kind: 'text', box, paragraphs: [paragraphOf(step, box.x)] });
        const next = steps[index + 1];
        if (next) {
          const from = boxOf(step.getBoundingClientRect());
          const to = boxOf(next.getBoundingClientRect());
          const arrow = getComputedStyle(next, '::before');
          items.push({
            kind: 'arrow',
            box: { x: from.x + from.w + 8, y: from.y + from.h / 2, w: to.x - from.x - from.w - 16, h: 0 },
            color: arrow.color,
            widthPx: 4,
          });
        }
      });
    };

    const table = (element: HTMLTableElement): void => {
      const rows = [...element.rows].filter((row) => !hidden(row));
      const columnsPx = [...(rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect().width);
      items.push({
        kind: 'table',
        box: boxOf(element.getBoundingClientRect()),
        columnsPx,
        headerRows: rows.filter((row) => row.parentElement?.tagName === 'THEAD').length,
        rows: rows.map((row) => ({
          heightPx: row.getBoundingClientRect().height,
          cells: [...row.cells].map((cell): Cell => {
            const style = getComputedStyle(cell);
            const rowFill = getComputedStyle(row).backgroundColor;
            const valign = style.verticalAlign === 'middle' ? 'middle' : style.verticalAlign === 'bottom' ? 'bottom' : 'top';
            return {
              paragraphs: [paragraphOf(cell, contentBox(cell).x, 'none', 0, 0, true)],
              fill: visible(style.backgroundColor) ? style.backgroundColor : visible(rowFill) ? rowFill : null,
              valign,
              paddingPx: [px(style.paddingTop), px(style.paddingRight), px(style.paddingBottom), px(style.paddingLeft)],
              borderBottom: lineOf(style.borderBottomColor, style.borderBottomWidth, style.borderBottomStyle),
            };
          }),
        })),
      });
      // Backgrounds and borders inside cells go on top of the table; marks are already characters in their cells.
      for (const cell of element.querySelectorAll('td *, th *')) if (!markGlyph(cell)) decorate(cell);
    };

    /** A flex row of parts on one line (a status line: mark, word, finding), with no text of its own. */
    const sideBySide = (element: Element): boolean => {
      const style = getComputedStyle(element);
      const flexRow = style.display.endsWith('flex') && style.flexDirection.startsWith('row');
      if (!flexRow && !style.display.endsWith('grid')) return false;
      if ([...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')) return false;
      const children = [...element.children].filter((child) => !hidden(child));
      // Parts of text only: a layout of blocks (a figure beside a list) is walked as blocks.
      if (children.some((child) => child.matches(BLOCK_PARTS) || child.querySelector(BLOCK_PARTS))) return false;
      const parts = children.map((child) => child.getBoundingClientRect());
      return parts.length > 1 && parts.every((part, index) => index === 0 || part.top < (parts[index - 1]?.bottom ?? 0));
    };
    /**
     * Each part of a row its own text box where the deck has it (tab stops, which would keep them
     * in one paragraph, are read differently by different applications); a mark is its shape.
     */
    const row = (element: Element, right = contentBox(element).x + contentBox(element).w, drawFrames = true): void => {
      // A list's items are decorated with their list (decorateTree): not a second time here.
      if (drawFrames) decorate(element);
      const parts = [...element.children].filter((part) => !hidden(part));
      parts.forEach((part, index) => {
        // Room up to the next part (or the row's end), for a recipient's wider font.
        const next = parts[index + 1];
        const end = next ? boxOf(next.getBoundingClientRect()).x : right;
        if (sideBySide(part)) row(part, end, drawFrames);
        else if (part.childNodes.length === 0) {
          if (drawFrames) decorate(part);
        } else {
          if (drawFrames) decorateTree(part);
          const box = contentBox(part);
          items.push({ kind: 'text', box: { ...box, w: Math.max(box.w, end - box.x) }, paragraphs: [paragraphOf(part, box.x)] });
        }
      });
    };

    /** Which words (counted from 0) start a line of the element as the page draws it (balanced headings break so). */
    const lineStarts = (element: Element): Set<number> => {
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
    };
    /** The paragraph with a line break where the page breaks its lines, so it reads in the same lines. */
    const brokenAsDrawn = (paragraph: Paragraph, element: Element): Paragraph => {
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
    };

    let title = '';
    const walk = (element: Element): void => {
      if (hidden(element) || element.matches(selectors.notes)) return;
      const tag = element.tagName;
      if ((tag === 'H1' || tag === 'H2') && title === '') {
        decorateTree(element);
        const box = contentBox(element);
        const paragraphs = [brokenAsDrawn(paragraphOf(element, box.x), element)];
        title = paragraphs[0]?.runs.map((run) => (run.breakBefore ? ' ' : '') + run.text).join('') ?? '';
        items.push({ kind: 'title', box, paragraphs });
      } else if (element.matches(selectors.visual)) {
        const rect = element.getBoundingClientRect();
        const parts = drawing(element as SVGSVGElement);
        if (parts) items.push({ kind: 'drawing', box: boxOf(rect), alt: altOf(element), items: parts });
        else items.push({ kind: 'picture', box: boxOf(rect), pageBox: pageBoxOf(rect), svg: svgText(element as SVGSVGElement), alt: altOf(element) });
      } else if (element.matches(selectors.chain)) {
        chain(element);
      } else if (element instanceof HTMLTableElement) {
        table(element);
      } else if (tag === 'UL' || tag === 'OL') {
        decorateTree(element);
        list(element);
      } else if (sideBySide(element)) {
        row(element);
      } else if (TEXT_BLOCKS.has(tag)) {
        decorateTree(element);
        const box = contentBox(element);
        items.push({ kind: 'text', box, paragraphs: [paragraphOf(element, box.x)] });
      } else if (CONTAINERS.has(tag)) {
        decorate(element);
        for (const child of element.children) walk(child);
      } else {
        // Not known: keep it as a picture of itself, and say so.
        unknown.push(describe(element));
        const rect = element.getBoundingClientRect();
        items.push({
          kind: 'picture',
          box: boxOf(rect),
          pageBox: pageBoxOf(rect),
          svg: null,
          alt: (element.textContent ?? '').replace(/\s+/g, ' ').trim() || describe(element),
        });
      }
    };
    for (const child of section.children) walk(child);

    let background = 'rgb(255, 255, 255)';
    for (let element: Element | null = section; element; element = element.parentElement) {
      const color = getComputedStyle(element).backgroundColor;
      if (visible(color)) {
        background = color;
        break;
      }
    }
    const notes = [...section.querySelectorAll(`${selectors.notes} p`)].map((paragraph) => (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim());
    return { id: section.id, title, background, items, notes, unknown };
  });
  // As JSON: Playwright's own serialisation of a result this large (thousands of small objects)
  // takes longer than measuring it.
  return JSON.stringify(measured);
}
