import type { RecordSlide } from '../../model.ts';
import { slideHeading } from '../../dom/heading.ts';
import { html } from '../../dom/html.ts';
import { noBuildSteps, noDrawnIndexes, type Layout } from '../layout.ts';
import { recordList } from '../shared/evidence.ts';

/** What happened after the article: dated, sourced items grouped by the article's themes, and what they do not show. */
export const recordLayout = {
  render: (slide, { sources }) => [
    slideHeading(slide.title, slide.kicker),
    html(
      'div',
      { class: `record-groups record-groups--${slide.groups.length}` },
      ...slide.groups.map((group) =>
        html('div', { class: 'record-group', role: 'group', 'aria-label': group.heading }, html('p', { class: 'record-heading' }, group.heading), recordList(group.items, sources)),
      ),
    ),
    html('p', { class: 'record-caveat' }, slide.caveat),
  ],
  visibleText: (slide) => [slide.kicker, slide.title, ...slide.groups.flatMap((group) => [group.heading, ...group.items.flatMap((item) => [item.when, item.text])]), slide.caveat],
  drawnIndexes: noDrawnIndexes,
  buildSteps: noBuildSteps,
  maxVisibleWords: 120,
} satisfies Layout<RecordSlide>;
