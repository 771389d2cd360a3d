/**
 * SVG path data as the steps PowerPoint draws (move, line, cubic Bézier, close), placed on the
 * slide. Pure: no DOM, so it runs in the page (bundled with page/) and in unit tests alike.
 * svg-pathdata parses the data and normalises it: relative to absolute, H and V to lines, S and
 * T to their explicit curves, quadratics and arcs to cubics.
 */
import { SVGPathData, SVGPathDataTransformer } from 'svg-pathdata';
import type { PathPoint } from './measured.ts';

/**
 * From the SVG's user units to the slide's canvas pixels: a scale and a translation (a rotated
 * or skewed figure is a picture), less the slide's own place on the page.
 */
export interface Placement {
  readonly a: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
  readonly left: number;
  readonly top: number;
}

/** To a hundredth of a pixel: finer than PowerPoint's grid, and the map's thousands of points stay small. */
const round = (value: number): number => Math.round(value * 100) / 100;

/** A point of the SVG's user space on the slide. */
export const placed = (placement: Placement, x: number, y: number): { x: number; y: number } => ({
  x: round(placement.a * x + placement.e - placement.left),
  y: round(placement.d * y + placement.f - placement.top),
});

/**
 * The steps of path data `d`, placed on the slide. Throws (svg-pathdata's SyntaxError) when the
 * data is malformed (an unknown command, a number missing, a number out of range, numbers after a
 * Z: the parser would join them to the next command's, where the browser stops drawing).
 */
export function pathSteps(d: string, placement: Placement): PathPoint[] {
  if (/[zZ][\s,]*[-+.\d]/.test(d)) throw new SyntaxError(`path data: numbers after a Z in "${d.slice(0, 80)}"`);
  // Z stays a close (not a line back), and a quadratic stays a curve even when it is straight.
  const commands = new SVGPathData(d)
    .toAbs()
    .transform(SVGPathDataTransformer.NORMALIZE_HVZ(false, true, true, false))
    .normalizeST()
    .qtToC()
    .aToC().commands;
  const steps: PathPoint[] = [];
  for (const command of commands) {
    if (Object.values(command).some((value) => typeof value === 'number' && !Number.isFinite(value)))
      throw new SyntaxError(`path data: a number out of range in "${d.slice(0, 80)}"`);
    if (command.type === SVGPathData.CLOSE_PATH) steps.push({ type: 'close' });
    else if (command.type === SVGPathData.MOVE_TO) steps.push({ type: 'move', ...placed(placement, command.x, command.y) });
    else if (command.type === SVGPathData.LINE_TO) steps.push({ type: 'line', ...placed(placement, command.x, command.y) });
    else if (command.type === SVGPathData.CURVE_TO) {
      const [first, second] = [placed(placement, command.x1, command.y1), placed(placement, command.x2, command.y2)];
      steps.push({ type: 'cubic', x1: first.x, y1: first.y, x2: second.x, y2: second.y, ...placed(placement, command.x, command.y) });
    } else throw new SyntaxError(`path data: a command the normalisation left (type ${command.type})`);
  }
  return steps;
}
