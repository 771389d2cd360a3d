/** A status mark drawn by CSS (an empty square or round box), read as the character that draws it. */
import { gradientTowards, px, turnedSquare, visible } from './css.ts';

/** ◓ ◑ ◒ ◐: a circle half filled on the top, right, bottom or left. */
const HALF_CIRCLES = ['\u25D3', '\u25D1', '\u25D2', '\u25D0'];

/**
 * The character that draws an empty mark (a status's dot, half-filled dot, ring or diamond) in
 * the mark's colour, or null: used where the mark must move with its text, in a table cell that
 * a recipient's wider font may make taller.
 */
export function markGlyph(element: Element): { glyph: string; color: string } | null {
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
    const towards = gradientTowards(half[1], half[2]);
    const side = Math.round(((((towards + 180) % 360) + 360) % 360) / 90) % 4;
    return { glyph: HALF_CIRCLES[side] ?? '\u25D0', color };
  }
  if (radius > 0 || !visible(color)) return null;
  return { glyph: turnedSquare(style) ? (filled ? '\u25C6' : '\u25C7') : filled ? '\u25A0' : '\u25A1', color };
}
