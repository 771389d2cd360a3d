// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accessibleSvg, html, svg } from '../../../src/dom/html.ts';

describe('html', () => {
  it('sets attributes and turns strings into text, never markup', () => {
    const element = html('p', { class: 'claim', 'data-n': 3, hidden: undefined }, '<b>bold</b>', null, false);
    expect(element.outerHTML).toBe('<p class="claim" data-n="3">&lt;b&gt;bold&lt;/b&gt;</p>');
  });
});

describe('svg', () => {
  it('creates elements in the SVG namespace', () => {
    expect(svg('path', { d: 'M0,0' }).namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});

describe('accessibleSvg', () => {
  it('is an image named by its title and what it shows (a PDF figure’s alternate text), with the same in <title> and <desc>', () => {
    const root = accessibleSvg('0 0 10 10', 'A map', 'Pakistan highlighted.');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('A map. Pakistan highlighted.');
    expect(root.querySelector('title')?.textContent).toBe('A map');
    expect(root.querySelector('desc')?.textContent).toBe('Pakistan highlighted.');
  });
});
