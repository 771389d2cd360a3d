import type { Slide } from './model.ts';

/** Every string a slide shows on screen (not its notes, not the generated source line). */
export function visibleText(slide: Slide): string[] {
  switch (slide.layout) {
    case 'title':
      return [slide.title, slide.subtitle, slide.byline, slide.credit];
    case 'agenda':
      return [slide.title, ...slide.items.flatMap((item) => [item.label, item.detail])];
    case 'points':
      return [slide.kicker, slide.title, slide.claim, ...slide.points, ...(slide.quote ? [slide.quote.text, slide.quote.attribution] : [])];
    case 'timeline':
      return [slide.kicker, slide.title, slide.span.label, ...slide.events.flatMap((event) => [event.when, event.label, event.detail])];
    case 'map':
      return [slide.kicker, slide.title, slide.claim, ...slide.points, ...slide.callouts.flatMap((callout) => [callout.country, callout.text])];
    case 'synthesis':
      return [slide.title, ...slide.insights, ...slide.implications];
    case 'conclusion':
      return [slide.title, ...slide.takeaways, ...slide.watch];
    case 'sources':
      return [
        slide.title,
        ...slide.sources.flatMap((source) => [source.outlet, source.title, source.date, source.url]),
        ...slide.credits,
      ];
  }
}
