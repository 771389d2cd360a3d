/**
 * The values of the attributes the PowerPoint export writes, checked against their simple types
 * in ECMA-376 Part 1 (DrawingML 20.1.10, 21.1.10; PresentationML 19.7): an integer in its range, a
 * colour as six hex digits. A value out of its type is a cause of PowerPoint's "repair" prompt
 * (e.g. `indent="--127"`, or a negative left margin). Not a schema validator: only these
 * attributes, on these elements, are checked; the element order of the presentation part is
 * checked by `presentationOrderProblems`, against the order the export itself writes it in.
 */
import { PRESENTATION_ORDER } from '../../src/export/pptx/valid-package.ts';

interface IntegerType {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const COORDINATE: IntegerType = { name: 'ST_Coordinate', min: -27273042329600, max: 27273042316900 };
const POSITIVE_COORDINATE: IntegerType = { name: 'ST_PositiveCoordinate', min: 0, max: 27273042316900 };
const COORDINATE_32: IntegerType = { name: 'ST_Coordinate32', min: -2147483648, max: 2147483647 };
const LINE_WIDTH: IntegerType = { name: 'ST_LineWidth', min: 0, max: 20116800 };
const FONT_SIZE: IntegerType = { name: 'ST_TextFontSize', min: 100, max: 400000 };
const TEXT_POINT: IntegerType = { name: 'ST_TextPoint', min: -400000, max: 400000 };
const TEXT_MARGIN: IntegerType = { name: 'ST_TextMargin', min: 0, max: 51206400 };
const TEXT_INDENT: IntegerType = { name: 'ST_TextIndent', min: -51206400, max: 51206400 };
const SPACING_POINT: IntegerType = { name: 'ST_TextSpacingPoint', min: 0, max: 158400 };
const SPACING_PERCENT: IntegerType = { name: 'ST_TextSpacingPercent', min: 0, max: 13200000 };
const BULLET_SIZE: IntegerType = { name: 'ST_TextBulletSizePercent', min: 25000, max: 400000 };
const ELEMENT_ID: IntegerType = { name: 'ST_DrawingElementId', min: 0, max: 4294967295 };

/** Element (with its prefix) → attribute → type. */
const TYPES: Readonly<Record<string, Readonly<Record<string, IntegerType>>>> = {
  'a:off': { x: COORDINATE, y: COORDINATE },
  'a:chOff': { x: COORDINATE, y: COORDINATE },
  'a:ext': { cx: POSITIVE_COORDINATE, cy: POSITIVE_COORDINATE },
  'a:chExt': { cx: POSITIVE_COORDINATE, cy: POSITIVE_COORDINATE },
  'a:path': { w: POSITIVE_COORDINATE, h: POSITIVE_COORDINATE },
  'a:ln': { w: LINE_WIDTH },
  'a:lnL': { w: LINE_WIDTH },
  'a:lnR': { w: LINE_WIDTH },
  'a:lnT': { w: LINE_WIDTH },
  'a:lnB': { w: LINE_WIDTH },
  'a:rPr': { sz: FONT_SIZE, spc: TEXT_POINT },
  'a:defRPr': { sz: FONT_SIZE, spc: TEXT_POINT },
  'a:endParaRPr': { sz: FONT_SIZE, spc: TEXT_POINT },
  'a:pPr': { marL: TEXT_MARGIN, marR: TEXT_MARGIN, indent: TEXT_INDENT },
  'a:tcPr': { marL: COORDINATE_32, marR: COORDINATE_32, marT: COORDINATE_32, marB: COORDINATE_32 },
  'a:tab': { pos: COORDINATE_32 },
  'a:tr': { h: COORDINATE },
  'a:gridCol': { w: POSITIVE_COORDINATE },
  'a:spcPts': { val: SPACING_POINT },
  'a:spcPct': { val: SPACING_PERCENT },
  // Transitional, as PowerPoint writes it: thousandths of a percent (the 2006 schema's "100%" form aside).
  'a:buSzPct': { val: BULLET_SIZE },
  'p:cNvPr': { id: ELEMENT_ID },
};

const INTEGER = /^-?\d+$/;
const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

function integerProblem(value: string, type: IntegerType): string | null {
  if (!INTEGER.test(value)) return `"${value}" is not an integer (${type.name})`;
  const number = Number(value);
  return number < type.min || number > type.max ? `${value} is outside ${type.name} (${type.min} to ${type.max})` : null;
}

/** Each attribute value of `xml` (one part, named `part`) that is not of its type, as a sentence. */
export function attributeProblems(xml: string, part: string): string[] {
  const problems: string[] = [];
  for (const tag of xml.matchAll(/<([ap]:\w+)((?:\s+[\w:]+="[^"]*")*)\s*\/?>/g)) {
    const element = tag[1] ?? '';
    const types = TYPES[element];
    const colour = element === 'a:srgbClr';
    if (!types && !colour) continue;
    for (const attribute of (tag[2] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) {
      const [name = '', value = ''] = [attribute[1], attribute[2]];
      const type = types?.[name];
      const problem = type
        ? integerProblem(value, type)
        : colour && name === 'val' && !HEX_COLOUR.test(value)
          ? `"${value}" is not six hex digits (ST_HexColorRGB)`
          : null;
      if (problem) problems.push(`${part}: <${element} ${name}>: ${problem}`);
    }
  }
  return problems;
}

/** Whether `ppt/presentation.xml`'s children come in the schema's order; if not, the first out of place. */
export function presentationOrderProblems(xml: string): string[] {
  const body = /<p:presentation\b[^>]*>(.*)<\/p:presentation>/s.exec(xml)?.[1] ?? '';
  // Only the root's children: skip each child's content by matching its element to its end.
  const children = [...body.matchAll(/<p:(\w+)\b[^>]*?(?:\/>|>.*?<\/p:\1>)/gs)].map((match) => match[1] ?? '');
  const ranks = children.map((name) => PRESENTATION_ORDER.indexOf(name));
  const unknown = children.filter((_, index) => ranks[index] === -1);
  if (unknown.length > 0) return [`ppt/presentation.xml: <p:${unknown[0]}> is not a child CT_Presentation allows`];
  const late = ranks.findIndex((rank, index) => index > 0 && rank < (ranks[index - 1] ?? 0));
  return late === -1
    ? []
    : [`ppt/presentation.xml: <p:${children[late]}> comes after <p:${children[late - 1]}>; the schema's order is ${PRESENTATION_ORDER.join(', ')}`];
}
