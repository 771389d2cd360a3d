import type { MapSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { renderRegionMap } from '../../visuals/region-map.ts';
import { noDrawnIndexes, type Layout } from '../layout.ts';

/** A point made on the regional map: callouts on the map, the claim beside it. */
export const mapLayout = {
  render: (slide) => [slideHeading(slide.title, slide.kicker), renderRegionMap(slide)],
  visibleText: (slide) => [slide.kicker, slide.title, slide.claim, ...slide.points, ...slide.callouts.flatMap((callout) => [callout.country, callout.text])],
  drawnIndexes: noDrawnIndexes,
} satisfies Layout<MapSlide>;
