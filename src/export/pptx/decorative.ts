/**
 * Shapes that carry no meaning of their own (rules, fills, borders, a status's mark beside its
 * word) marked decorative, as the deck hides them from screen readers: PowerPoint's
 * accessibility checker then asks no alternate text for them, and a screen reader skips them.
 * A shape with text, a picture, and the parts of a visual (a group with the visual's alt text)
 * are left as they are.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { all, children, DRAWING, PRESENTATION } from './valid-package.ts';

/** Office 2019's decorative flag, an extension of a shape's non-visual properties. */
const DECORATIVE_EXTENSION = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}';
const DECORATIVE = 'http://schemas.microsoft.com/office/drawing/2017/decorative';

/** Whether a shape shows any text. */
const hasText = (shape: Element): boolean => all(shape, DRAWING, 't').some((text) => (text.textContent ?? '').trim() !== '');

/** Marks each shape directly on the slide that shows no text as decorative. */
export function markDecorative(document: Document): void {
  for (const tree of all(document, PRESENTATION, 'spTree')) {
    for (const shape of children(tree, 'sp')) {
      if (hasText(shape)) continue;
      const properties = all(shape, PRESENTATION, 'cNvPr')[0];
      if (!properties || all(properties, DRAWING, 'ext').some((ext) => ext.getAttribute('uri') === DECORATIVE_EXTENSION)) continue;
      const flag = document.createElementNS(DECORATIVE, 'adec:decorative');
      flag.setAttribute('val', '1');
      const extension = document.createElementNS(DRAWING, 'a:ext');
      extension.setAttribute('uri', DECORATIVE_EXTENSION);
      extension.appendChild(flag);
      const list = all(properties, DRAWING, 'extLst')[0] ?? document.createElementNS(DRAWING, 'a:extLst');
      list.appendChild(extension);
      if (!list.parentNode) properties.appendChild(list);
    }
  }
}
