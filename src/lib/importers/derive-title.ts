/**
 * A headline for a legacy article that has none, from its first sentence: old dumps kept the
 * text but lost the title, and the slug (and so the URL) is built from it.
 */

/** Longest derived title, in characters; about what fits a search result's headline. */
export const DERIVED_TITLE_MAX = 90;

/** A clause break is only worth cutting at if it leaves a title at least this long. */
const MIN_CLAUSE_TITLE = 40;

const SENTENCE_END = /[.!?…](?=\s|$)/u;
const CLAUSE_BREAK = /[,;:](?=\s)|\s[–—-](?=\s)/gu;
const TRAILING = /[\s.,;:!?…'"«»()[\]–—-]+$/u;

/**
 * The first sentence of `text`, as a title: when longer than `max`, it is cut at the last
 * clause break (`,` `;` `:` ` - `) that keeps at least 40 characters, else at the last word that
 * fits; trailing punctuation is dropped either way.
 *
 * @returns The title, or `''` when `text` has no words.
 */
export function deriveTitle(text: string, max = DERIVED_TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(flat);
  const sentence = end === null ? flat : flat.slice(0, end.index);
  if (sentence.length <= max) return sentence.replace(TRAILING, '');

  const window = sentence.slice(0, max + 1);
  const clauseCut = [...window.matchAll(CLAUSE_BREAK)]
    .map((match) => match.index)
    .filter((index) => index >= MIN_CLAUSE_TITLE && index <= max)
    .at(-1);
  if (clauseCut !== undefined) return sentence.slice(0, clauseCut).replace(TRAILING, '');

  const wordCut = window.lastIndexOf(' ');
  const cut = wordCut > 0 ? sentence.slice(0, wordCut) : sentence.slice(0, max);
  return cut.replace(TRAILING, '');
}
