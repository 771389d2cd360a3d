/** The deck's font files, as its stylesheets load them: what a file that embeds the fonts reads. */
import type { FontFaceFile } from '../measured.ts';

const WOFF_SOURCE = /url\((["']?)([^"')]+)\1\)\s*format\((["']?)woff\3\)/;
/** A code point inside a CSS unicode-range ("U+0000-00FF, U+0131, …"). */
const coversLetterA = (ranges: string): boolean =>
  ranges.trim() === '' ||
  ranges.split(',').some((range) => {
    const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
    const [low, high] = [Number.parseInt(from.replace(/\?/g, '0'), 16), Number.parseInt(to.replace(/\?/g, 'F'), 16)];
    return low <= 0x41 && 0x41 <= high;
  });

function rulesOf(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return [...sheet.cssRules].flatMap((rule) => (rule instanceof CSSImportRule && rule.styleSheet ? [rule, ...rulesOf(rule.styleSheet)] : [rule]));
  } catch {
    return []; // a stylesheet of another origin keeps its rules to itself
  }
}

function faceOf(rule: CSSFontFaceRule, sheet: CSSStyleSheet, folder: string): FontFaceFile | null {
  const woff = WOFF_SOURCE.exec(rule.style.getPropertyValue('src'))?.[2];
  if (!woff) return null;
  const url = new URL(woff, sheet.href ?? document.baseURI).href;
  if (!url.startsWith(folder)) return null;
  return {
    family: rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, ''),
    weight: Number.parseInt(rule.style.getPropertyValue('font-weight'), 10) || 400,
    italic: /italic|oblique/.test(rule.style.getPropertyValue('font-style')),
    path: decodeURIComponent(url.slice(folder.length).split(/[?#]/)[0] ?? ''),
    latin: coversLetterA(rule.style.getPropertyValue('unicode-range')),
  };
}

/** Every @font-face of the page's stylesheets that has a WOFF file in the deck's folder, as JSON of `FontFaceFile[]`. */
export function fontFaces(): string {
  const folder = new URL('.', document.baseURI).href;
  const faces = [...document.styleSheets].flatMap((sheet) =>
    rulesOf(sheet).flatMap((rule) => (rule instanceof CSSFontFaceRule ? [faceOf(rule, rule.parentStyleSheet ?? sheet, folder)] : [])),
  );
  return JSON.stringify(faces.filter((face): face is FontFaceFile => face !== null));
}
