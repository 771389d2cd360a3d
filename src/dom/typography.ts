import { html } from './html.ts';

/** Runs of text a line must not break inside: hyphenated words ("non-proliferation", "US–Pakistan") and dates ("Aug 2023"). */
const UNBREAKABLE = /(\S+[-–]\S+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b)/;

/**
 * Prose with its hyphenated words and dates kept whole, so a line never breaks inside them and
 * leaves half a word or a lone year dangling.
 */
export function prose(text: string): (string | HTMLElement)[] {
  return text
    .split(new RegExp(UNBREAKABLE.source, 'g'))
    .filter((part) => part !== '')
    .map((part) => (new RegExp(`^${UNBREAKABLE.source}$`).test(part) ? html('span', { class: 'nowrap' }, part) : part));
}
