import type { MapCountry, MapSlide } from '../model.ts';
import { accessibleSvg, html, svg } from '../dom/html.ts';
import { regionMap } from './region-map.data.ts';
import { prose } from '../dom/typography.ts';

const FOCUS: MapCountry = 'Pakistan';

function spot(list: readonly { name: string; x: number; y: number }[], country: string): { x: number; y: number } {
  const found = list.find((entry) => entry.name === country);
  if (!found) throw new Error(`region map: no position for ${country}; add it in src/tools/make-region-map.ts and run npm run make:map`);
  return found;
}

/** South Asia with Pakistan highlighted, the named neighbours labelled, and the slide's callouts. */
export function renderRegionMap(slide: MapSlide): HTMLElement {
  const { width, height } = regionMap;
  const named = new Set<string>(regionMap.labels.map((label) => label.name));
  const description = [
    `Map of South Asia and its neighbours with ${FOCUS} highlighted; ${[...named].filter((n) => n !== FOCUS).join(', ')} are labelled.`,
    ...slide.callouts.map((callout) => `${callout.country}: ${callout.text}.`),
  ].join(' ');

  const map = accessibleSvg(
    `${slide.id}-map`,
    `0 0 ${width} ${height}`,
    `Regional map: ${FOCUS} and its neighbours`,
    description,
    svg('rect', { class: 'sea', x: 0, y: 0, width, height }),
    ...regionMap.countries.map((country) =>
      svg('path', {
        d: country.d,
        class: country.name === FOCUS ? 'country country--focus' : named.has(country.name) ? 'country country--named' : 'country',
        'data-country': country.name,
      }),
    ),
    ...slide.callouts.map((callout) => {
      const from = spot(regionMap.calloutSpots, callout.country);
      const to = spot(regionMap.labels, callout.country);
      return svg('line', { class: 'leader', x1: from.x, y1: from.y, x2: to.x, y2: to.y + 18 });
    }),
    ...regionMap.labels.map((label) =>
      svg(
        'text',
        { x: label.x, y: label.y, class: label.name === FOCUS ? 'map-label map-label--focus' : 'map-label' },
        label.name,
      ),
    ),
  );

  const callouts = slide.callouts.map((callout) => {
    const at = spot(regionMap.calloutSpots, callout.country);
    const box = html('p', { class: `callout callout--${callout.country.toLowerCase()}` }, html('strong', {}, callout.country), ' ', ...prose(callout.text));
    // Set through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
    box.style.left = `${((at.x / width) * 100).toFixed(2)}%`;
    box.style.top = `${((at.y / height) * 100).toFixed(2)}%`;
    return box;
  });

  return html(
    'div',
    { class: 'map-layout' },
    html('figure', { class: 'map-figure' }, map, ...callouts),
    html(
      'div',
      { class: 'map-text' },
      html('p', { class: 'claim' }, ...prose(slide.claim)),
      html('ul', { class: 'points' }, ...slide.points.map((point) => html('li', {}, ...prose(point)))),
    ),
  );
}
