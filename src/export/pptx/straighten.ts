/** Fewer points for long runs of straight lines, with no visible change. Pure: runs in the page and in unit tests. */
import type { PathPoint } from './measured.ts';

/** How far (canvas pixels) a dropped point may lie from the line through the points kept around it. */
const TOLERANCE = 0.5;

type Point = { readonly x: number; readonly y: number };

/** Distance of `p` from the line through `a` and `b`, `length` apart (from `a`, when they are one point). */
function offLine(p: Point, a: Point, b: Point, length: number): number {
  return length === 0 ? Math.hypot(p.x - a.x, p.y - a.y) : Math.abs((b.y - a.y) * p.x - (b.x - a.x) * p.y + b.x * a.y - b.y * a.x) / length;
}

/** Douglas–Peucker: the points of `run` to keep, its ends always. */
function simplified(run: readonly Point[]): Point[] {
  if (run.length <= 2) return [...run];
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
      const off = offLine(run[index] ?? a, a, b, length);
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
  return run.filter((_, index) => keep[index] === 1);
}

/**
 * Douglas–Peucker on each run of straight lines: drops the points that lie within half of a
 * canvas pixel of the line through the points kept around them. The map's outlines have
 * thousands of points a pixel or less apart; this halves them with no visible change.
 */
export function straighten(steps: readonly PathPoint[]): PathPoint[] {
  const out: PathPoint[] = [];
  let run: Point[] = [];
  let anchored = false;
  const flush = (): void => {
    // The run's first point is where the pen was (after a move or a curve): it is not drawn again.
    const kept = simplified(run);
    for (const point of anchored ? kept.slice(1) : kept) out.push({ type: 'line', ...point });
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
}
