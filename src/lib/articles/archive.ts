/** What the archive needs of an article: its calendar year and month in the newsroom's zone. */
export interface Archivable {
  year: number;
  month: number;
}

/** One month of the archive. */
export interface ArchiveMonth<T> {
  year: number;
  month: number;
  items: T[];
}

/** One year of the archive, months newest first. */
export interface ArchiveYear<T> {
  year: number;
  months: ArchiveMonth<T>[];
  count: number;
}

/** Groups newest-first articles into years and months, both newest first. */
export function groupByMonth<T extends Archivable>(articles: readonly T[]): ArchiveYear<T>[] {
  const years = new Map<number, Map<number, T[]>>();
  for (const article of articles) {
    let months = years.get(article.year);
    if (!months) years.set(article.year, (months = new Map<number, T[]>()));
    let items = months.get(article.month);
    if (!items) months.set(article.month, (items = []));
    items.push(article);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months]
        .sort(([a], [b]) => b - a)
        .map(([month, items]) => ({ year, month, items }));
      return { year, months: list, count: list.reduce((n, m) => n + m.items.length, 0) };
    });
}
