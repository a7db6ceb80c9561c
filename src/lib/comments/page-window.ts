/**
 * Which page links a long discussion shows: the first and last page, the current one and its
 * neighbours, with a gap (`undefined`, drawn as "…") where pages are left out, so sixty pages
 * of comments do not make sixty links.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | undefined)[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const pages = [...shown].sort((a, b) => a - b);
  return pages.flatMap((n, i) => {
    const previous = pages[i - 1];
    if (previous === undefined || n === previous + 1) return [n];
    // One missing page is shown rather than hidden behind a gap of the same width.
    return n === previous + 2 ? [previous + 1, n] : [undefined, n];
  });
}
