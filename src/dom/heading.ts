import { html } from './html.ts';
import { prose } from './typography.ts';
import { LABEL } from './text-role.ts';

/** A slide's header: an optional kicker above its heading (h2; the title slide has the only h1). */
export function slideHeading(title: string, kicker?: string): HTMLElement {
  return html('header', { class: 'slide-header' }, kicker ? html('p', { class: 'kicker', ...LABEL }, kicker) : null, html('h2', {}, ...prose(title)));
}
