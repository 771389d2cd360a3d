import type { MapCountry } from '../model.ts';
import { accessibleSvg, html, svg } from '../dom/html.ts';
import { regionMap } from './region-map.data.ts';
import { prose } from '../dom/typography.ts';

const FOCUS: MapCountry = 'Pakistan';

export interface MapCallout {
  readonly country: MapCountry;
  readonly text: string;
}

function spot(list: readonly { name: string; x: number; y: number }[], country: string): { x: number; y: number } {
  const found = list.find((entry) => entry.name === country);
  if (!found) throw new Error(`region map: no position for ${country}; add it in src/tools/make-region-map.ts and run npm run make:map`);
  return found;
}

function countryClass(name: string, named: ReadonlySet<string>, holders: ReadonlySet<string>): string {
  if (name === FOCUS) return 'country country--focus';
  if (holders.has(name)) return 'country country--holder';
  return named.has(name) ? 'country country--named' : 'country';
}

/**
 * South Asia with Pakistan highlighted, the named neighbours labelled, every country with a
 * callout marked as holding an agreement of the family (hatched), and the callouts placed on the map.
 */
export function renderRegionMap(idBase: string, callouts: readonly MapCallout[], credit: string): HTMLElement {
  const { width, height } = regionMap;
  const named = new Set<string>(regionMap.labels.map((label) => label.name));
  const holders = new Set<string>(callouts.map((callout) => callout.country));
  const description = [
    `Map of South Asia and its neighbours with ${FOCUS} highlighted; ${[...named].filter((n) => n !== FOCUS).join(', ')} are labelled.`,
    ...callouts.map((callout) => `${callout.country}: ${callout.text}.`),
    credit,
  ].join(' ');

  const map = accessibleSvg(
    `${idBase}-map`,
    `0 0 ${width} ${height}`,
    `Regional map: ${FOCUS} and its neighbours`,
    description,
    svg('rect', { class: 'sea', x: 0, y: 0, width, height }),
    ...regionMap.countries.map((country) =>
      svg('path', {
        d: country.d,
        class: countryClass(country.name, named, holders),
        'data-country': country.name,
      }),
    ),
    ...callouts.map((callout) => {
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

  const boxes = callouts.map((callout) => {
    const at = spot(regionMap.calloutSpots, callout.country);
    const box = html('p', { class: `callout callout--${callout.country.toLowerCase()}` }, html('strong', {}, callout.country), ' ', ...prose(callout.text));
    // Set through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
    // The box is centred on its spot but kept inside the map (see .callout in region-map.css).
    box.style.setProperty('--x', `${((at.x / width) * 100).toFixed(2)}%`);
    box.style.setProperty('--y', `${((at.y / height) * 100).toFixed(2)}%`);
    return box;
  });

  return html('div', { class: 'map-figure' }, html('div', { class: 'map-canvas' }, map, ...boxes), html('p', { class: 'map-credit' }, credit));
}
