/**
 * Embedded fonts put into the package, as PowerPoint writes them: each face a `.fntdata` part
 * (ppt/fonts/), related to the presentation, its file type declared, and `<p:embeddedFontLst>`
 * naming each family once with its faces; `embedTrueTypeFonts` says the file carries them.
 */
import type { Document } from '@xmldom/xmldom';
import { type EmbeddedFont, FACES } from './embedded-fonts.ts';
import { PITCH_FAMILY } from './package-properties.ts';
import { all, CONTENT_TYPES, PRESENTATION } from './valid-package.ts';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const FONT_CONTENT_TYPE = 'application/x-fontdata';

/** Where each font's part goes, relative to the package root. */
export const fontPartName = (index: number): string => `ppt/fonts/font${index + 1}.fntdata`;

/** A relationship from the presentation to each font part; returns their ids, in order. */
export function relateFonts(relationships: Document, count: number): string[] {
  const root = relationships.documentElement;
  const taken = new Set(all(relationships, RELATIONSHIPS, 'Relationship').map((relationship) => relationship.getAttribute('Id')));
  const ids: string[] = [];
  for (let number = 1; ids.length < count; number += 1) if (!taken.has(`rIdFont${number}`)) ids.push(`rIdFont${number}`);
  ids.forEach((id, index) => {
    const relationship = relationships.createElementNS(RELATIONSHIPS, 'Relationship');
    relationship.setAttribute('Id', id);
    relationship.setAttribute('Type', FONT_RELATIONSHIP);
    relationship.setAttribute('Target', fontPartName(index).replace(/^ppt\//, ''));
    root?.appendChild(relationship);
  });
  return ids;
}

/** The `.fntdata` file type, declared once. */
export function declareFontType(contentTypes: Document): void {
  const declared = all(contentTypes, CONTENT_TYPES, 'Default').some((entry) => entry.getAttribute('Extension') === 'fntdata');
  if (declared) return;
  const entry = contentTypes.createElementNS(CONTENT_TYPES, 'Default');
  entry.setAttribute('Extension', 'fntdata');
  entry.setAttribute('ContentType', FONT_CONTENT_TYPE);
  contentTypes.documentElement?.insertBefore(entry, contentTypes.documentElement.firstChild);
}

/** `<p:embeddedFontLst>`: each family once, its faces in the schema's order, each by its relationship id. */
export function listFonts(presentation: Document, fonts: readonly EmbeddedFont[], ids: readonly string[]): void {
  const root = presentation.documentElement;
  if (!root) return;
  root.setAttribute('embedTrueTypeFonts', '1');
  const list = presentation.createElementNS(PRESENTATION, 'p:embeddedFontLst');
  for (const typeface of new Set(fonts.map((font) => font.typeface))) {
    const faces = fonts.map((font, index) => ({ font, id: ids[index] ?? '' })).filter(({ font }) => font.typeface === typeface);
    const entry = presentation.createElementNS(PRESENTATION, 'p:embeddedFont');
    const declared = presentation.createElementNS(PRESENTATION, 'p:font');
    const first = faces[0]?.font;
    declared.setAttribute('typeface', typeface);
    declared.setAttribute('panose', first?.panose ?? '');
    declared.setAttribute('pitchFamily', first?.serif ? PITCH_FAMILY.serif : PITCH_FAMILY.sans);
    declared.setAttribute('charset', '0');
    entry.appendChild(declared);
    for (const { font, id } of [...faces].sort((a, b) => FACES.indexOf(a.font.face) - FACES.indexOf(b.font.face))) {
      const face = presentation.createElementNS(PRESENTATION, `p:${font.face}`);
      face.setAttributeNS(OFFICE_RELATIONSHIPS, 'r:id', id);
      entry.appendChild(face);
    }
    list.appendChild(entry);
  }
  root.appendChild(list); // put in the schema's place by validPresentation
}
