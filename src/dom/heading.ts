import { html } from './html.ts';
import { prose } from './typography.ts';
import { TEXT_ROLE_ATTRIBUTE } from '../constants.ts';

/** A slide's header: an optional kicker above its heading (h2; the title slide has the only h1). */
export function slideHeading(title: string, kicker?: string): HTMLElement {
  return html(
    'header',
    { class: 'slide-header' },
    kicker ? html('p', { class: 'kicker', [TEXT_ROLE_ATTRIBUTE]: 'label' }, kicker) : null,
    html('h2', {}, ...prose(title)),
  );
}
