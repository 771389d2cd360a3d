/**
 * Measured slides → a pptxgenjs presentation: the title in the slide's title placeholder, text
 * as text boxes of runs (lists as bulleted or numbered paragraphs), tables as tables,
 * backgrounds and borders as shapes, visuals as native shapes, lines, curves and text (grouped
 * with their alt text afterwards), notes in the notes pane. A visual that cannot be drawn so is
 * an SVG picture, which gets its real PNG fallback afterwards (see finish-pptx.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckMeta } from '../writer.ts';
import { CANVAS } from '../../constants.ts';
import { emu, inches, points, pptxColor, SLIDE_INCHES } from './geometry.ts';
import type { Box, Cell, Item, Line, MeasuredSlide, Paragraph, RunStyle } from './measured.ts';

/** The slide master every slide uses: a title placeholder, so outline view and screen readers find each title. */
export const MASTER = 'DECK';
export const TITLE_PLACEHOLDER = 'title';
/** Text may come out a little wider in PowerPoint's fonts than in the browser's: room so a line does not wrap early. */
const WIDTH_SLACK_PX = 6;

type TextRun = PptxGenJS.TextProps;

const position = (box: Box, slack = 0): PptxGenJS.PositionProps => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w + slack), h: inches(box.h) });

function colorOptions(css: string): { color?: string; transparency?: number } {
  const color = pptxColor(css);
  return color ? { color: color.hex, ...(color.transparency > 0 ? { transparency: color.transparency } : {}) } : {};
}

function fillOf(css: string | null): PptxGenJS.ShapeFillProps | undefined {
  const color = css === null ? null : pptxColor(css);
  return color ? { color: color.hex, transparency: color.transparency } : undefined;
}

function lineOf(line: Line | null): PptxGenJS.ShapeLineProps {
  const color = line && pptxColor(line.color);
  if (!line || !color) return { type: 'none' };
  return { color: color.hex, width: points(line.widthPx), dashType: line.dashed ? 'dash' : 'solid' };
}

/** A paragraph as pptxgenjs runs: paragraph options on every run, a break after its last. */
export function paragraphRuns(paragraph: Paragraph, last: boolean): TextRun[] {
  const bullet: PptxGenJS.TextPropsOptions['bullet'] =
    paragraph.bullet === 'number'
      ? { type: 'number', indent: points(paragraph.indentPx), ...(paragraph.numberFrom ? { numberStartAt: paragraph.numberFrom } : {}) }
      : paragraph.bullet === 'bullet'
        ? { characterCode: '25AA', indent: points(paragraph.indentPx) }
        : false;
  return paragraph.runs.map((run, index) => ({
    text: run.text,
    options: {
      fontFace: run.style.font,
      fontSize: points(run.style.sizePx),
      ...(run.style.letterSpacingPx > 0 ? { charSpacing: points(run.style.letterSpacingPx) } : {}),
      ...colorOptions(run.style.color),
      bold: run.style.bold,
      italic: run.style.italic,
      ...(run.style.underline ? { underline: { style: 'sng' as const } } : {}),
      ...(run.style.href ? { hyperlink: { url: run.style.href, tooltip: run.style.href } } : {}),
      align: paragraph.align,
      lineSpacing: points(paragraph.lineHeightPx),
      paraSpaceBefore: points(paragraph.spaceBeforePx),
      ...(paragraph.tabStopsPx.length > 0 ? { tabStops: paragraph.tabStopsPx.map((position) => ({ position: inches(position) })) } : {}),
      bullet,
      ...(run.breakBefore ? { softBreakBefore: true } : {}),
      ...(index === paragraph.runs.length - 1 && !last ? { breakLine: true } : {}),
    },
  }));
}

export function textRuns(paragraphs: readonly Paragraph[]): TextRun[] {
  const kept = paragraphs.filter((paragraph) => paragraph.runs.length > 0);
  return kept.flatMap((paragraph, index) => paragraphRuns(paragraph, index === kept.length - 1));
}

// 'shrink': where a recipient lacks the deck's fonts, a wider substitute shrinks to the box instead of spilling out of it.
const TEXT_BOX: PptxGenJS.TextPropsOptions = { margin: 0, valign: 'top', wrap: true, fit: 'shrink' };

/** A free-form shape: pptxgenjs writes it (from `points`) but its types leave the name out. */
const CUSTOM_GEOMETRY = 'custGeom' as PptxGenJS.SHAPE_NAME;

/** A visual drawn as native parts, to be made one group with alt text once the file is written (finish-pptx.ts). */
export interface DrawingGroup {
  readonly name: string;
  readonly alt: string;
  readonly box: Box;
  /** The object names of its first and last parts: everything from one to the other is the group. */
  readonly first: string;
  readonly last: string;
}

/** What adding items to one slide needs: the slide, fresh object names, and what is put in place after writing. */
interface SlideWork {
  readonly slide: PptxGenJS.Slide;
  /** A fresh object name in this slide, e.g. "timeline picture 1". */
  readonly name: (kind: string) => string;
  readonly pictures: { name: string; item: Extract<Item, { kind: 'picture' }> }[];
  readonly groups: DrawingGroup[];
  /** Where the deck has the slide's title. */
  readonly titles: Box[];
  /** For each table, in the order added: whether its first row is a header row. */
  readonly tableHeaders: boolean[];
  /** Text boxes set in columns, by object name. */
  readonly columns: TextColumns[];
}

/** A text box set in columns (finish-pptx.ts writes them: pptxgenjs cannot). */
export interface TextColumns {
  readonly name: string;
  readonly count: number;
  /** The gap between columns, in EMU. */
  readonly gapEmu: number;
}

type ItemOf<K extends Item['kind']> = Extract<Item, { kind: K }>;

/** A path as a custom geometry: its points relative to its own box, in inches. */
function addPath(work: SlideWork, item: ItemOf<'path'>, named: { objectName?: string }): void {
  const fill = fillOf(item.fill);
  const at = (x: number, y: number): { x: number; y: number } => ({ x: inches(x - item.box.x), y: inches(y - item.box.y) });
  const points: NonNullable<PptxGenJS.ShapeProps['points']> = item.points.map((point) =>
    point.type === 'close'
      ? { close: true as const }
      : point.type === 'cubic'
        ? {
            ...at(point.x, point.y),
            curve: {
              type: 'cubic' as const,
              x1: at(point.x1, point.y1).x,
              y1: at(point.x1, point.y1).y,
              x2: at(point.x2, point.y2).x,
              y2: at(point.x2, point.y2).y,
            },
          }
        : { ...at(point.x, point.y), ...(point.type === 'move' ? { moveTo: true } : {}) },
  );
  const line = lineOf(item.line);
  const arrows = { ...(item.arrowStart ? { beginArrowType: 'triangle' as const } : {}), ...(item.arrowEnd ? { endArrowType: 'triangle' as const } : {}) };
  // A straight line across or down has no height or width: the path's own frame gets one pixel, so it never divides by zero.
  const frame = { ...item.box, w: Math.max(item.box.w, 1), h: Math.max(item.box.h, 1) };
  work.slide.addShape(CUSTOM_GEOMETRY, { ...position(frame), points, ...(fill ? { fill } : {}), line: { ...line, ...arrows }, ...named });
}

/** A visual's parts, each named, then grouped (finish-pptx.ts) with the visual's alt text. */
function addDrawing(work: SlideWork, item: ItemOf<'drawing'>): void {
  const parts = item.items.map((part) => {
    const name = work.name('part');
    addItem(work, part, name);
    return name;
  });
  const [first, last] = [parts[0], parts[parts.length - 1]];
  // The group's bounds hold every part (a label may reach past the figure's box).
  const boxes = [item.box, ...item.items.map((part) => part.box)];
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const box = {
    x: left,
    y: top,
    w: Math.max(...boxes.map((box) => box.x + box.w)) - left + WIDTH_SLACK_PX,
    h: Math.max(...boxes.map((box) => box.y + box.h)) - top,
  };
  if (first && last) work.groups.push({ name: work.name('visual'), alt: item.alt, box, first, last });
}

/** A cell's border sides (top, right, bottom, left): its frame all round, else its rules above and below. */
function cellBorders(cell: Cell): [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps] {
  const side = (line: Line | null): PptxGenJS.BorderProps => {
    const color = line && pptxColor(line.color);
    return line && color ? { type: line.dashed ? 'dash' : 'solid', pt: points(line.widthPx), color: color.hex } : { type: 'none' };
  };
  if (cell.frame) return [side(cell.frame), side(cell.frame), side(cell.frame), side(cell.frame)];
  return [side(cell.borderTop), { type: 'none' }, side(cell.borderBottom), { type: 'none' }];
}

/**
 * A cell's margins (top, right, bottom, left), in inches. A cell centred down its row keeps only
 * the uneven part of its top and bottom padding: the row's height (a minimum in the format) holds
 * the rest. With the deck's fonts the text sits where it did; with a wider substitute a line that
 * wraps grows its row by a line less the padding, not by a whole line, so the table still fits.
 */
export function cellMargins(cell: Cell): [number, number, number, number] {
  const [top, right, bottom, left] = cell.paddingPx;
  const even = cell.valign === 'middle' ? Math.min(top, bottom) : 0;
  return [inches(top - even), inches(right), inches(bottom - even), inches(left)];
}

function addTable(work: SlideWork, item: ItemOf<'table'>): void {
  const rows: PptxGenJS.TableRow[] = item.rows.map((row) =>
    row.cells.map((cell) => {
      const fill = fillOf(cell.fill);
      return {
        text: textRuns(cell.paragraphs),
        options: {
          ...(fill ? { fill } : {}),
          valign: cell.valign,
          // pptxgenjs 4 takes table cell margins in inches (text box margins in points)
          margin: cellMargins(cell),
          border: cellBorders(cell),
          ...(cell.span !== undefined && cell.span > 1 ? { colspan: cell.span } : {}),
        },
      };
    }),
  );
  work.tableHeaders.push(item.headerRows > 0);
  work.slide.addTable(rows, { ...position(item.box), colW: item.columnsPx.map(inches), rowH: item.rows.map((row) => inches(row.heightPx)), autoPage: false });
}

/** Adds one measured item to the slide; `objectName` names it (a part of a drawing must be found again). */
function addItem(work: SlideWork, item: Item, objectName?: string): void {
  const { slide } = work;
  const named = objectName ? { objectName } : {};
  switch (item.kind) {
    case 'title':
      // pptxgenjs puts a placeholder where the master has it, whatever position it is given: the
      // measured box is put back afterwards (finish-pptx.ts).
      slide.addText(textRuns(item.paragraphs), { placeholder: TITLE_PLACEHOLDER, ...TEXT_BOX });
      work.titles.push({ ...item.box, w: item.box.w + WIDTH_SLACK_PX });
      return;
    case 'text':
      if (item.columns) {
        // No slack: it would widen every column and move the next one right.
        const name = objectName ?? work.name('columns');
        slide.addText(textRuns(item.paragraphs), { ...position(item.box), ...TEXT_BOX, objectName: name });
        work.columns.push({ name, count: item.columns.count, gapEmu: emu({ x: 0, y: 0, w: item.columns.gapPx, h: 0 }).w });
        return;
      }
      slide.addText(
        textRuns(item.paragraphs),
        item.centred ? { ...position(item.box), ...TEXT_BOX, valign: 'middle', ...named } : { ...position(item.box, WIDTH_SLACK_PX), ...TEXT_BOX, ...named },
      );
      return;
    case 'shape': {
      const fill = fillOf(item.fill);
      const corners = item.geometry === 'roundRect' ? { rectRadius: inches(item.radiusPx ?? 0) } : {};
      const pie = item.angles ? { angleRange: [item.angles[0], item.angles[1]] as [number, number] } : {};
      slide.addShape(item.geometry, { ...position(item.box), ...(fill ? { fill } : {}), line: lineOf(item.line), ...corners, ...pie, ...named });
      return;
    }
    case 'path':
      addPath(work, item, named);
      return;
    case 'drawing':
      addDrawing(work, item);
      return;
    case 'arrow': {
      const color = pptxColor(item.color)?.hex ?? '555555';
      slide.addShape('line', { ...position(item.box), line: { color, width: points(item.widthPx), endArrowType: 'triangle' }, ...named });
      return;
    }
    case 'table':
      addTable(work, item);
      return;
    case 'picture': {
      const name = objectName ?? work.name('picture');
      work.pictures.push({ name, item });
      // The SVG is the picture; the PNG fallback is put in place after writing (finish-pptx.ts).
      const data = item.svg === null ? PLACEHOLDER_PNG : `data:image/svg+xml;base64,${Buffer.from(item.svg).toString('base64')}`;
      slide.addImage({ data, ...position(item.box), altText: item.alt, objectName: name });
      return;
    }
  }
}

/** A 1×1 PNG, replaced by the element's screenshot once the file is written. */
const PLACEHOLDER_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export interface BuiltPresentation {
  readonly presentation: PptxGenJS;
  /** Every picture, by slide (1-based) and object name, for its PNG. */
  readonly pictures: readonly { readonly slide: number; readonly name: string; readonly pageBox: Box }[];
  /** Every visual drawn as native parts, by slide (1-based), to be grouped with its alt text. */
  readonly groups: readonly (DrawingGroup & { readonly slide: number })[];
  /** Where the deck has each slide's title, by slide (1-based). */
  readonly titles: readonly { readonly slide: number; readonly box: Box }[];
  /** For each slide (1-based) with tables: whether each table, in order, has a header row. */
  readonly tableHeaders: readonly { readonly slide: number; readonly headers: readonly boolean[] }[];
  /** Every text box set in columns, by slide (1-based). */
  readonly columns: readonly (TextColumns & { readonly slide: number })[];
}

/** The whole presentation from the measured slides. */
/** The theme the file's master takes from the deck as measured: its headings' font, size and place, and its text's font. */
interface MeasuredTheme {
  readonly title: { readonly box: Box; readonly style: RunStyle | undefined };
  readonly bodyFont: string | undefined;
}

/**
 * The deck's theme as its slides show it: a content slide's heading (the second slide's, else the
 * first's), and the font most of its text is set in.
 */
export function measuredTheme(slides: readonly MeasuredSlide[]): MeasuredTheme {
  const titleOf = (slide: MeasuredSlide | undefined): Extract<Item, { kind: 'title' }> | undefined =>
    slide?.items.find((item): item is Extract<Item, { kind: 'title' }> => item.kind === 'title');
  const title = titleOf(slides[1]) ?? titleOf(slides[0]);
  const counts = new Map<string, number>();
  for (const slide of slides)
    for (const item of slide.items)
      if (item.kind === 'text')
        for (const run of item.paragraphs.flatMap((paragraph) => paragraph.runs))
          counts.set(run.style.font, (counts.get(run.style.font) ?? 0) + run.text.length);
  const bodyFont = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { title: { box: title?.box ?? { x: 0, y: 0, w: CANVAS.width, h: 100 }, style: title?.paragraphs[0]?.runs[0]?.style }, bodyFont };
}

export function buildPresentation(Pptx: typeof PptxGenJS, slides: readonly MeasuredSlide[], meta: DeckMeta): BuiltPresentation {
  const presentation = new Pptx();
  presentation.layout = 'LAYOUT_WIDE';
  presentation.title = meta.title;
  presentation.author = meta.author;
  presentation.subject = meta.subject;
  presentation.company = meta.author;
  const theme = measuredTheme(slides);
  const headFont = theme.title.style?.font;
  presentation.theme = { ...(headFont ? { headFontFace: headFont } : {}), ...(theme.bodyFont ? { bodyFontFace: theme.bodyFont } : {}) };
  presentation.defineSlideMaster({
    title: MASTER,
    // Where a content slide's heading sits in the deck, so a slide added in PowerPoint from this
    // master gets a usable title box (each exported slide places its own title where it was measured).
    objects: [
      {
        placeholder: {
          options: {
            name: TITLE_PLACEHOLDER,
            type: 'title',
            ...position(theme.title.box),
            ...(headFont ? { fontFace: headFont } : {}),
            ...(theme.title.style ? { fontSize: points(theme.title.style.sizePx), bold: theme.title.style.bold } : {}),
          },
          text: '',
        },
      },
    ],
  });
  const pictures: { slide: number; name: string; pageBox: Box }[] = [];
  const groups: (DrawingGroup & { slide: number })[] = [];
  const titles: { slide: number; box: Box }[] = [];
  const tableHeaders: { slide: number; headers: boolean[] }[] = [];
  const columns: (TextColumns & { slide: number })[] = [];
  slides.forEach((measured, index) => {
    const slide = presentation.addSlide({ masterName: MASTER });
    const background = pptxColor(measured.background);
    if (background) slide.background = { color: background.hex };
    const counts = new Map<string, number>();
    const name = (kind: string): string => {
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      return `${measured.id} ${kind} ${count}`;
    };
    const work: SlideWork = { slide, name, pictures: [], groups: [], titles: [], tableHeaders: [], columns: [] };
    for (const item of measured.items) addItem(work, item);
    for (const picture of work.pictures) pictures.push({ slide: index + 1, name: picture.name, pageBox: picture.item.pageBox });
    for (const group of work.groups) groups.push({ ...group, slide: index + 1 });
    for (const box of work.titles) titles.push({ slide: index + 1, box });
    if (work.tableHeaders.length > 0) tableHeaders.push({ slide: index + 1, headers: work.tableHeaders });
    for (const box of work.columns) columns.push({ ...box, slide: index + 1 });
    slide.addNotes(measured.notes.join('\n\n'));
  });
  return { presentation, pictures, groups, titles, tableHeaders, columns };
}

export { SLIDE_INCHES };
