/**
 * Speaker notes as the deck writes them: paragraphs separated by a blank line, and a paragraph
 * spoken at a build step starting with the click cue.
 */

/** What marks a click in the notes. */
export const CUE = '[click]';

export interface NoteParagraph {
  /** Whether the presenter clicks before speaking it. */
  readonly click: boolean;
  readonly text: string;
}

/** The notes' paragraphs, whitespace folded, each with whether it starts with a click. */
export function noteParagraphs(notes: string): NoteParagraph[] {
  return notes
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .map((block) => (block.startsWith(CUE) ? { click: true, text: block.slice(CUE.length).trim() } : { click: false, text: block }));
}

/** How many clicks the notes cue. */
export function countCues(notes: string): number {
  return notes.split(CUE).length - 1;
}
