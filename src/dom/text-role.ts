/**
 * Attributes that tell the legibility rules (src/legibility/) what an element's text is: spread
 * them into an element's attributes. Unmarked text is text the audience must read.
 */
import { TEXT_ROLE_ATTRIBUTE } from '../constants.ts';

/** A label: a kicker, a date, a source name, a chart's axis or legend (may be smaller). */
export const LABEL = { [TEXT_ROLE_ATTRIBUTE]: 'label' } as const;

/** A reference: there to look up, not to read aloud (not counted in a slide's words). */
export const REFERENCE = { [TEXT_ROLE_ATTRIBUTE]: 'reference' } as const;
