/**
 * Small DOM builders. Content strings only ever become text nodes, never markup,
 * so whatever a slide says is shown literally and cannot inject HTML or script.
 */
import { PARTS } from '../constants.ts';

export type Child = Node | string | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | undefined>>;

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
}

/** An HTML element with attributes and children (strings become text). */
export function html<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (strings become text). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

/**
 * An accessible SVG root: `role="img"`, whose accessible name is its title and its description
 * together ("Timeline to scale, 2005 to 2026. Pakistan–US: …"), so that a screen reader and a
 * tagged PDF's figure (its alternate text) carry what the figure shows, not only what it is. The
 * <title> and <desc> say the same for SVG tools and the tooltip.
 */
export function accessibleSvg(viewBox: string, name: string, description: string, ...children: readonly Child[]): SVGSVGElement {
  return svg(
    'svg',
    { viewBox, role: 'img', 'aria-label': `${name}. ${description}`, class: PARTS.visual.className },
    svg('title', {}, name),
    svg('desc', {}, description),
    ...children,
  );
}
