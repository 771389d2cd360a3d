import { html } from './dom.ts';

/**
 * Prose with its hyphenated words kept whole ("non-proliferation", "US–Pakistan"), so a line
 * never breaks inside them and leaves half a word dangling.
 */
export function prose(text: string): (string | HTMLElement)[] {
  return text
    .split(/(\S+[-–]\S+)/)
    .filter((part) => part !== '')
    .map((part) => (/^\S+[-–]\S+$/.test(part) ? html('span', { class: 'nowrap' }, part) : part));
}
