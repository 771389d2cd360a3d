/**
 * Measured slides → a pptxgenjs presentation: the title in the slide's title placeholder, text
 * as text boxes of runs (lists as bulleted or numbered paragraphs), tables as tables,
 * backgrounds and borders as shapes, visuals as SVG pictures with alt text, notes in the notes
 * pane. Pictures get their real PNG fallback afterwards (see fallback-png.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckMeta } from '../writer.ts';
import { inches, points, pptxColor, SLIDE_INCHES } from './geometry.ts';
import type { Box, Item, Line, MeasuredSlide, Paragraph } from './measured.ts';

/** The slide master every slide uses: a title placeholder, so outline view and screen readers find each title. */
export const MASTER = 'DECK';
export const TITLE_PLACEHOLDER = 'title';
/** Text may come out a little wider in PowerPoint's fonts than in the browser's: room so a line does not wrap early. */
const WIDTH_SLACK_PX = 6;

type TextRun = PptxGenJS.TextProps;

/** Where a picture's PNG fallback belongs: its object name in the slide, and the PNG. */
export interface PictureSlot {
  readonly slide: number;
  readonly name: string;
  readonly png: Uint8Array;
}

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
      ? { type: 'number', indent: points(paragraph.indentPx) }
      : paragraph.bullet === 'bullet'
        ? { characterCode: '25AA', indent: points(paragraph.indentPx) }
        : false;
  return paragraph.runs.map((run, index) => ({
    text: run.text,
    options: {
      fontFace: run.style.font,
      fontSize: points(run.style.sizePx),
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

function addItem(slide: PptxGenJS.Slide, item: Item, pictureName: () => string, pictures: { name: string; item: Extract<Item, { kind: 'picture' }> }[]): void {
  switch (item.kind) {
    case 'title':
      slide.addText(textRuns(item.paragraphs), { placeholder: TITLE_PLACEHOLDER, ...position(item.box, WIDTH_SLACK_PX), ...TEXT_BOX });
      return;
    case 'text':
      slide.addText(textRuns(item.paragraphs), item.centred ? { ...position(item.box), ...TEXT_BOX, valign: 'middle' } : { ...position(item.box, WIDTH_SLACK_PX), ...TEXT_BOX });
      return;
    case 'shape': {
      const fill = fillOf(item.fill);
      slide.addShape(item.rounded ? 'roundRect' : 'rect', { ...position(item.box), ...(fill ? { fill } : {}), line: lineOf(item.line), ...(item.rounded ? { rectRadius: 0.08 } : {}) });
      return;
    }
    case 'arrow': {
      const color = pptxColor(item.color)?.hex ?? '555555';
      slide.addShape('line', { ...position(item.box), line: { color, width: points(item.widthPx), endArrowType: 'triangle' } });
      return;
    }
    case 'table': {
      const rows: PptxGenJS.TableRow[] = item.rows.map((row) =>
        row.cells.map((cell) => {
          const fill = fillOf(cell.fill);
          const bottom = cell.borderBottom && pptxColor(cell.borderBottom.color);
          const none: PptxGenJS.BorderProps = { type: 'none' };
          return {
            text: textRuns(cell.paragraphs),
            options: {
              ...(fill ? { fill } : {}),
              valign: cell.valign,
              // pptxgenjs 4 takes table cell margins in inches (text box margins in points)
              margin: cell.paddingPx.map(inches) as [number, number, number, number],
              border: [none, none, bottom && cell.borderBottom ? { type: 'solid', pt: points(cell.borderBottom.widthPx), color: bottom.hex } : none, none],
            },
          };
        }),
      );
      slide.addTable(rows, { ...position(item.box), colW: item.columnsPx.map(inches), rowH: item.rows.map((row) => inches(row.heightPx)), autoPage: false });
      return;
    }
    case 'picture': {
      const name = pictureName();
      pictures.push({ name, item });
      // The SVG is the picture; the PNG fallback is put in place after writing (fallback-png.ts).
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
}

/** The whole presentation from the measured slides. */
export function buildPresentation(Pptx: typeof PptxGenJS, slides: readonly MeasuredSlide[], meta: DeckMeta): BuiltPresentation {
  const presentation = new Pptx();
  presentation.layout = 'LAYOUT_WIDE';
  presentation.title = meta.title;
  presentation.author = meta.author;
  presentation.subject = meta.subject;
  presentation.company = meta.author;
  presentation.theme = { headFontFace: 'Source Serif 4', bodyFontFace: 'Source Sans 3' };
  presentation.defineSlideMaster({
    title: MASTER,
    // Where a content slide's heading sits in the deck, so a slide added in PowerPoint from this
    // master gets a usable title box (each exported slide places its own title where it was measured).
    objects: [
      {
        placeholder: {
          options: { name: TITLE_PLACEHOLDER, type: 'title', x: inches(128), y: inches(150), w: inches(1664), h: inches(100), fontFace: 'Source Serif 4', fontSize: points(68), bold: true },
          text: '',
        },
      },
    ],
  });
  const pictures: { slide: number; name: string; pageBox: Box }[] = [];
  slides.forEach((measured, index) => {
    const slide = presentation.addSlide({ masterName: MASTER });
    const background = pptxColor(measured.background);
    if (background) slide.background = { color: background.hex };
    let count = 0;
    const placed: { name: string; item: Extract<Item, { kind: 'picture' }> }[] = [];
    for (const item of measured.items) addItem(slide, item, () => `${measured.id} picture ${++count}`, placed);
    for (const picture of placed) pictures.push({ slide: index + 1, name: picture.name, pageBox: picture.item.pageBox });
    slide.addNotes(measured.notes.join('\n\n'));
  });
  return { presentation, pictures };
}

export { SLIDE_INCHES };
