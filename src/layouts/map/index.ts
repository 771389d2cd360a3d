import type { MapSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { renderRegionMap } from '../../visuals/region-map.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { articleClaim, evidenceLabels, evidenceText, findingStrip, recordSides } from '../shared/evidence.ts';

/** Said on the slide itself, under the map. */
export const MAP_CREDIT = 'Boundaries as drawn by Natural Earth; no position on disputed borders is implied.';

/** A point of the article made on the regional map: the map with its callouts, the evidence beside it. */
export const mapLayout = {
  render: (slide, { sources }) => [
    slideHeading(slide.title, slide.kicker),
    html(
      'div',
      { class: 'map-layout' },
      renderRegionMap(slide.id, slide.callouts, MAP_CREDIT),
      html('div', { class: 'map-evidence' }, articleClaim(slide.evidence), recordSides(slide.evidence, sources), findingStrip(slide.evidence)),
    ),
  ],
  visibleText: (slide) => [
    slide.kicker,
    slide.title,
    ...evidenceText(slide.evidence),
    ...evidenceLabels(slide.evidence),
    ...slide.callouts.flatMap((callout) => [callout.country, callout.text]),
    MAP_CREDIT,
  ],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 125,
} satisfies Layout<MapSlide>;
