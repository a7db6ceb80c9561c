/** `<meta property="article:modified_time|published_time" content="…">`, either attribute order. */
const TIME_META =
  /<meta\s+(?:property="article:(modified|published)_time"\s+content="([^"]+)"|content="([^"]+)"\s+property="article:(modified|published)_time")/g;

/**
 * When a built page last changed, for the sitemap's `lastmod`: an article's modification time,
 * else its publication time, read from the Open Graph tags of its HTML. `undefined` for pages
 * that carry neither (listings change with every new article and say nothing).
 */
export function pageLastmod(html: string): string | undefined {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  const times: Partial<Record<'modified' | 'published', string>> = {};
  for (const match of head.matchAll(TIME_META)) {
    const kind = (match[1] ?? match[4]) as 'modified' | 'published';
    const time = match[2] ?? match[3];
    if (time !== undefined) times[kind] = time;
  }
  return times.modified ?? times.published;
}
