import { describe, expect, it } from 'vitest';
import { pathSteps } from '../../../src/export/pptx/path-data.ts';
import { straighten } from '../../../src/export/pptx/straighten.ts';

/** Twice the user unit, the slide 100 px right of and 10 px below the page's corner. */
const placement = { a: 2, d: 2, e: 100, f: 10, left: 100, top: 10 };

describe('pathSteps', () => {
  it('turns relative quadratics and a smooth curve after one into cubics, placed on the slide', () => {
    // q → cubic with control points two thirds of the way to the quadratic's; s after q reflects nothing: its first control point is the current point.
    expect(pathSteps('M10,10 q10,-10 20,0 s10,10 20,0', placement)).toEqual([
      { type: 'move', x: 20, y: 20 },
      { type: 'cubic', x1: 33.33, y1: 6.67, x2: 46.67, y2: 6.67, x: 60, y: 20 },
      { type: 'cubic', x1: 60, y1: 20, x2: 80, y2: 40, x: 100, y: 20 },
    ]);
  });

  it('reflects the last control point for S after C, and draws H, V and Z', () => {
    expect(pathSteps('M0 0 C 0 10 10 10 10 0 S 20 -10 20 0 H 30 V 5 Z', { ...placement, a: 1, d: 1 })).toEqual([
      { type: 'move', x: 0, y: 0 },
      { type: 'cubic', x1: 0, y1: 10, x2: 10, y2: 10, x: 10, y: 0 },
      { type: 'cubic', x1: 10, y1: -10, x2: 20, y2: -10, x: 20, y: 0 },
      { type: 'line', x: 30, y: 0 },
      { type: 'line', x: 30, y: 5 },
      { type: 'close' },
    ]);
  });

  it('draws an arc and a smooth quadratic as cubics (they were pictures before)', () => {
    const arc = pathSteps('M0 0 A 10 10 0 0 1 20 0 T 40 0', { ...placement, a: 1, d: 1 });
    expect(arc.map((step) => step.type)).toEqual(['move', 'cubic', 'cubic', 'cubic']);
    // The half circle ends where the arc does, and bulges up to its radius (y = -10) at its middle.
    expect(arc[2]).toMatchObject({ type: 'cubic', x: 20 });
    expect(arc[2]?.type === 'cubic' && arc[2].y).toBeCloseTo(0);
    expect(arc[1]).toMatchObject({ type: 'cubic', x: 10, y: -10 });
  });

  it('throws on malformed data: a number missing, an unknown command, a number out of range, no move first', () => {
    expect(() => pathSteps('M0,0 L10', placement)).toThrow(SyntaxError);
    expect(() => pathSteps('M0 0 L 10 10 X 5', placement)).toThrow(SyntaxError);
    expect(() => pathSteps('M 0 0 L 1e999 0', placement)).toThrow(SyntaxError);
    expect(() => pathSteps('L10,10', placement)).toThrow();
  });

  it('throws on numbers after a Z, which the parser would join to the next command’s (the browser stops drawing there)', () => {
    expect(() => pathSteps('M0,0 L10,10 Z 5 5', placement)).toThrow(SyntaxError);
    expect(() => pathSteps('M0,0 L10,10 Z 5 L10 10', placement)).toThrow(SyntaxError);
    expect(pathSteps('M0,0 L10,10 Z M 5 5 L 6 6 z', { ...placement, a: 1, d: 1 })).toHaveLength(6);
  });
});

describe('straighten', () => {
  it('drops points within half a pixel of the line through the points kept around them, and repeated points', () => {
    const steps = [
      { type: 'move', x: 0, y: 0 },
      { type: 'line', x: 10, y: 0.2 },
      { type: 'line', x: 10, y: 0.2 },
      { type: 'line', x: 20, y: 0 },
      { type: 'line', x: 20, y: 10 },
      { type: 'close' },
    ] as const;
    expect(straighten(steps)).toEqual([{ type: 'move', x: 0, y: 0 }, { type: 'line', x: 20, y: 0 }, { type: 'line', x: 20, y: 10 }, { type: 'close' }]);
  });

  it('keeps a corner, and curves as they are', () => {
    const curve = { type: 'cubic', x1: 1, y1: 1, x2: 2, y2: 2, x: 3, y: 3 } as const;
    const steps = [{ type: 'move', x: 0, y: 0 }, { type: 'line', x: 5, y: 5 }, { type: 'line', x: 10, y: 0 }, curve] as const;
    expect(straighten(steps)).toEqual([...steps]);
  });
});
