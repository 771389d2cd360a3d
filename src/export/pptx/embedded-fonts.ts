/**
 * The fonts the PowerPoint file carries, so that a recipient without them sees the deck's type:
 * for each family its text uses, the deck's own font file for each of PowerPoint's four faces the
 * text asks for (regular, bold, italic, bold italic), unpacked from WOFF and wrapped as EOT.
 * A face the deck loads no WOFF for, or whose licence forbids embedding, is left to the
 * recipient's substitute, and said so.
 */
import { woffToSfnt } from '../../node/woff.ts';
import { embeddable, embeddedOpenType, fontFacts } from './eot.ts';
import { type FontFaceFile, type MeasuredSlide, runsOf } from './measured.ts';

/** PowerPoint's faces of a family, in the order `<p:embeddedFont>` lists them. */
export const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type Face = (typeof FACES)[number];

export interface EmbeddedFont {
  /** The family, as the slides' runs name it. */
  readonly typeface: string;
  readonly face: Face;
  /** The font's PANOSE classification, as 20 hexadecimal digits. */
  readonly panose: string;
  readonly serif: boolean;
  /** The `.fntdata` part's bytes. */
  readonly eot: Uint8Array;
}

const faceOf = (bold: boolean, italic: boolean): Face => (bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular');

/** Each family the runs use, with the faces they ask for and whether it is a serif. */
export function usedFaces(slides: readonly MeasuredSlide[]): Map<string, { faces: Set<Face>; serif: boolean }> {
  const used = new Map<string, { faces: Set<Face>; serif: boolean }>();
  for (const run of runsOf(slides)) {
    const family = used.get(run.style.font) ?? { faces: new Set<Face>(), serif: run.style.serif };
    family.faces.add(faceOf(run.style.bold, run.style.italic));
    used.set(run.style.font, family);
  }
  return used;
}

/**
 * The deck's file for a face: its Latin file in the family and style, the lightest weight from
 * 600 for bold (the export writes 600 and above as bold), the one nearest 400 below that otherwise.
 */
export function fileFor(files: readonly FontFaceFile[], family: string, face: Face): FontFaceFile | undefined {
  const bold = face === 'bold' || face === 'boldItalic';
  const italic = face === 'italic' || face === 'boldItalic';
  const candidates = files.filter((file) => file.family === family && file.italic === italic && file.latin && file.weight >= 600 === bold);
  const distance = (file: FontFaceFile): number => (bold ? file.weight : Math.abs(file.weight - 400));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

const hex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('');

/** Every face the text uses that the deck has a file for, ready to embed; and a notice for each that cannot be. */
export async function embeddedFonts(
  slides: readonly MeasuredSlide[],
  files: readonly FontFaceFile[],
  read: (path: string) => Promise<Uint8Array>,
): Promise<{ fonts: EmbeddedFont[]; notices: string[] }> {
  const fonts: EmbeddedFont[] = [];
  const notices: string[] = [];
  for (const [typeface, { faces, serif }] of usedFaces(slides)) {
    for (const face of FACES.filter((candidate) => faces.has(candidate))) {
      const file = fileFor(files, typeface, face);
      if (!file) continue; // a font the deck does not load (a system font): nothing of its own to embed
      const sfnt = woffToSfnt(await read(file.path));
      const facts = fontFacts(sfnt);
      if (!embeddable(facts)) {
        notices.push(`${typeface} (${face}) is not embedded: its licence does not allow it`);
        continue;
      }
      fonts.push({ typeface, face, serif, panose: hex(facts.panose), eot: embeddedOpenType(sfnt, facts) });
    }
  }
  return { fonts, notices };
}
