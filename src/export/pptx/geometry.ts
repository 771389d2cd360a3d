/**
 * From the deck's canvas to PowerPoint's units: the 1920×1080 canvas fills the 13.333×7.5 in
 * (16:9 "wide") slide, so 144 canvas pixels are one inch and one pixel is half a point.
 */
import { CANVAS } from '../../constants.ts';

/** PowerPoint's 16:9 slide, in inches (pptxgenjs's LAYOUT_WIDE). */
export const SLIDE_INCHES = { width: 13.333, height: 7.5 } as const;

/** Canvas pixels per inch of the slide. */
export const PX_PER_INCH = CANVAS.height / SLIDE_INCHES.height;

/** A length on the canvas, in inches on the slide (to 1/10000 in, finer than PowerPoint's EMU grid needs). */
export function inches(px: number): number {
  return Math.round((px / PX_PER_INCH) * 10000) / 10000;
}

/** A box on the canvas in EMU, PowerPoint's own unit (914,400 to the inch), rounded as pptxgenjs rounds. */
export function emu(box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number }): { x: number; y: number; w: number; h: number } {
  const of = (px: number): number => Math.round(inches(px) * 914400);
  return { x: of(box.x), y: of(box.y), w: of(box.w), h: of(box.h) };
}

/** A length on the canvas (a font size, a line height), in points on the slide. */
export function points(px: number): number {
  return Math.round(((px * 72) / PX_PER_INCH) * 100) / 100;
}

export interface PptxColor {
  /** Six hex digits, no "#", as pptxgenjs takes it. */
  readonly hex: string;
  /** 0 (opaque) to 100 (invisible), as pptxgenjs takes it. */
  readonly transparency: number;
}

/** A computed CSS colour ("rgb(…)", "rgba(…)", "#rrggbb") for PowerPoint; null when it is fully transparent or not a colour. */
export function pptxColor(css: string): PptxColor | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex?.[1]) return { hex: hex[1].toUpperCase(), transparency: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!rgb) return null;
  const alphaText = rgb[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  if (alpha <= 0) return null;
  const channel = (value: string | undefined): string =>
    Math.round(Math.min(255, Number(value)))
      .toString(16)
      .padStart(2, '0');
  return { hex: `${channel(rgb[1])}${channel(rgb[2])}${channel(rgb[3])}`.toUpperCase(), transparency: Math.round((1 - alpha) * 100) };
}
