/**
 * URL slugs for articles, categories, tags and authors: ASCII kebab-case that Italian text
 * reduces to predictably (`Perché l'IA è ovunque` → `perche-l-ia-e-ovunque`).
 */

/**
 * Letters and ligatures that are not a base letter plus an accent, so canonical decomposition
 * leaves them whole; spelled as they are usually transliterated. (Compatibility decomposition
 * would split the ligatures too, but also turn `™` into `tm`.)
 */
const LETTER_SPELLINGS: readonly (readonly [string, string])[] = [
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ł', 'l'],
  ['ı', 'i'],
  ['ﬁ', 'fi'],
  ['ﬂ', 'fl'],
];

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reduces `text` to a slug: accents dropped (NFD, then combining marks removed), lower-case,
 * ligatures and special letters spelled out (`œ` → `oe`, `ß` → `ss`), and every run of anything
 * else, apostrophes and spaces included, turned into one `-`, with none at either end.
 * Letters outside the Latin script are dropped too.
 *
 * @returns The slug, or `''` when `text` has no Latin letter or digit; callers must handle that.
 */
export function slugify(text: string): string {
  let slug = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const [letter, spelling] of LETTER_SPELLINGS) slug = slug.replaceAll(letter, spelling);
  return slug.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Whether `value` is already a slug: lower-case ASCII letters and digits in dash-joined words. */
export function isSlug(value: string): boolean {
  return KEBAB_CASE.test(value);
}

/** Longest slug a title yields: a URL and a file name a person can still read. */
export const MAX_SLUG_LENGTH = 120;

/**
 * {@link slugify} cut to at most `max` characters at a word boundary (a whole first word is cut
 * mid-word), so a 360-character headline still makes a file name the file system accepts.
 */
export function slugifyBounded(text: string, max = MAX_SLUG_LENGTH): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max);
}
