import type {
  AgendaSlide,
  ConclusionSlide,
  PointsSlide,
  Slide,
  SourcesSlide,
  TitleSlide,
} from '../model.ts';
import { html } from '../dom/html.ts';
import { renderTimeline } from '../visuals/timeline.ts';
import { renderRegionMap } from '../visuals/region-map.ts';
import { renderSynthesis } from '../visuals/synthesis.ts';
import { formatDate } from '../dom/format.ts';
import { prose } from '../dom/typography.ts';

function heading(slide: Slide, kicker?: string): HTMLElement {
  return html(
    'header',
    { class: 'slide-header' },
    kicker ? html('p', { class: 'kicker' }, kicker) : null,
    html('h2', {}, ...prose(slide.title)),
  );
}

function title(slide: TitleSlide): Node[] {
  return [
    html('p', { class: 'kicker' }, 'Briefing'),
    html('h1', {}, ...prose(slide.title)),
    html('p', { class: 'subtitle' }, slide.subtitle),
    html(
      'footer',
      { class: 'title-footer' },
      html('p', { class: 'byline' }, slide.byline),
      html('p', { class: 'credit' }, slide.credit),
    ),
  ];
}

function agenda(slide: AgendaSlide): Node[] {
  return [
    heading(slide),
    html(
      'ol',
      { class: 'agenda' },
      ...slide.items.map((item) =>
        html('li', {}, html('span', { class: 'agenda-label' }, item.label), html('span', { class: 'agenda-detail' }, item.detail)),
      ),
    ),
  ];
}

function points(slide: PointsSlide): Node[] {
  return [
    heading(slide, slide.kicker),
    html(
      'div',
      { class: 'points-body' },
      html('p', { class: 'claim' }, ...prose(slide.claim)),
      html('ul', { class: 'points' }, ...slide.points.map((point) => html('li', {}, ...prose(point)))),
      slide.quote
        ? html(
            'figure',
            { class: 'quote' },
            html('blockquote', {}, `“${slide.quote.text}”`),
            html('figcaption', {}, slide.quote.attribution),
          )
        : null,
    ),
  ];
}

function conclusion(slide: ConclusionSlide): Node[] {
  return [
    heading(slide),
    html(
      'div',
      { class: 'conclusion-body' },
      html(
        'div',
        { class: 'takeaways' },
        html('p', { class: 'label' }, 'Takeaways'),
        html('ol', {}, ...slide.takeaways.map((item) => html('li', {}, ...prose(item)))),
      ),
      html(
        'div',
        { class: 'watch' },
        html('p', { class: 'label' }, 'What to watch'),
        html('ul', {}, ...slide.watch.map((item) => html('li', {}, ...prose(item)))),
      ),
    ),
  ];
}

function sources(slide: SourcesSlide): Node[] {
  return [
    heading(slide),
    html(
      'ol',
      { class: 'source-list' },
      ...slide.sources.map((source) =>
        html(
          'li',
          { id: `source-${source.id}` },
          html('span', { class: 'source-outlet' }, `${source.outlet}, ${formatDate(source.date)}. `),
          html('cite', {}, source.title),
          /[.?!]$/.test(source.title) ? ' ' : '. ',
          html('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.url),
        ),
      ),
    ),
    ...slide.credits.map((credit) => html('p', { class: 'credit' }, credit)),
  ];
}

/** The visible content of a slide, by layout. */
export function renderLayout(slide: Slide): Node[] {
  switch (slide.layout) {
    case 'title':
      return title(slide);
    case 'agenda':
      return agenda(slide);
    case 'points':
      return points(slide);
    case 'timeline':
      return [heading(slide, slide.kicker), renderTimeline(slide)];
    case 'map':
      return [heading(slide, slide.kicker), renderRegionMap(slide)];
    case 'synthesis':
      return [heading(slide), renderSynthesis(slide)];
    case 'conclusion':
      return conclusion(slide);
    case 'sources':
      return sources(slide);
  }
}
