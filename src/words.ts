/** Words in a text: whitespace-separated tokens that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Speaking pace the notes are written for. */
export const WORDS_PER_MINUTE = 130;

/** Seconds it takes to speak a text at the deck's pace. */
export function speakingSeconds(text: string): number {
  return (countWords(text) * 60) / WORDS_PER_MINUTE;
}
