/**
 * Silent reading speed used for the byline's "N min di lettura".
 * Studies of adult silent reading (e.g. the IReST texts, 2012) put Italian a little under
 * 200 words a minute, slower than English; a round 200 keeps the estimate honest for news prose.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * A word is a run of letters, digits and combining marks; an apostrophe, hyphen, dot or comma
 * between two such runs joins them, so `dell’anno`, `Wi-Fi`, `5.000` and `1,5` count as one word,
 * the way word processors count (editors compare with those numbers).
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,-][\p{L}\p{N}\p{M}]+)*/gu;

/** Counts the words of plain text (see {@link WORD} for what a word is). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Minutes needed to read `words` words at {@link WORDS_PER_MINUTE}, rounded to the nearest
 * minute and never less than 1: a byline never says "0 min di lettura".
 */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
