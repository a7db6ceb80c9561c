/**
 * The one file a newsroom edits: name, address, defaults. Everything else derives from it.
 */
export const SITE = {
  /** Site name, shown in the header, titles and feeds. */
  name: 'Rotativa',
  /** Public base URL, with no trailing slash; canonical URLs, feeds and the sitemap use it. */
  url: 'https://rotativa.example.it',
  /** Default meta description and feed description. */
  description: 'Notizie di tecnologia, smartphone, informatica e scienza, ogni giorno.',
  /** Author credited when an article names none. */
  defaultAuthor: 'Redazione',
  /** Articles per page on the home page and on every listing. */
  perPage: 12,
  /** Number of articles in the main RSS feed. */
  feedSize: 50,
  /** Categories shown in the header, by slug, in this order. */
  mainCategories: ['smartphone', 'informatica', 'scienza', 'mercato'],
  /** BCP 47 locale of the content. */
  locale: 'it-IT',
  /** Time zone the newsroom writes dates in. */
  timeZone: 'Europe/Rome',
} as const;
