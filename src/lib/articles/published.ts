/**
 * Which articles a build publishes. A draft never is; an article dated in the future is
 * scheduled: it does not exist for the build until a build runs at or after its date. The clock
 * is always passed in, so the build, `npm run check`, `npm run due` and the tests agree on `now`.
 */

/** What decides whether an article is public. */
export interface Publishable {
  draft: boolean;
  date: Date;
}

/** Whether `article` is public at `now`: not a draft, and its date has come. */
export function isPublished(article: Publishable, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}

/** Whether `article` will become public on its own once its date comes. */
export function isScheduled(article: Publishable, now: Date): boolean {
  return !article.draft && article.date.getTime() > now.getTime();
}

/** The scheduled articles among `articles`, soonest first. */
export function scheduledArticles<T extends Publishable>(articles: readonly T[], now: Date): T[] {
  return articles
    .filter((article) => isScheduled(article, now))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * Whether an article became public after `since` and by `now`: a build made at `since` lacks it,
 * a build made now would show it.
 */
export function becameDue(article: Publishable, since: Date, now: Date): boolean {
  return isPublished(article, now) && article.date.getTime() > since.getTime();
}

/** Environment variable that fixes the build's clock (tests, CI): an ISO 8601 instant. */
export const NOW_VARIABLE = 'ROTATIVA_NOW';

/**
 * The instant a build publishes at: `ROTATIVA_NOW` when set, the real clock otherwise.
 *
 * @throws {Error} If `ROTATIVA_NOW` is set but is not an ISO 8601 instant with its zone.
 */
export function publicationTime(
  env: Readonly<Record<string, string | undefined>>,
  clock: () => Date = () => new Date(),
): Date {
  const value = env[NOW_VARIABLE]?.trim();
  if (value === undefined || value === '') return clock();
  // Without a zone, `Date` would read the machine's: the same variable would mean another
  // instant on a CI runner (UTC) than on an editor's laptop (Rome).
  const instant = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) ? new Date(value) : undefined;
  if (instant === undefined || Number.isNaN(instant.getTime()))
    throw new Error(
      `${NOW_VARIABLE}: "${value}" non è un istante ISO 8601 con fuso (esempio: 2026-12-04T07:00:00+01:00)`,
    );
  return instant;
}
